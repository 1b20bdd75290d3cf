namespace BorderMap.App.Server;

/// <summary>
/// Holds back the host's own log of a failure to start (a port in use, an address this machine
/// does not have): it is a stack trace, and <c>bordermap serve</c> reports that failure itself in
/// one line. Once the app has started, the host's messages pass as usual.
/// </summary>
internal sealed class StartupLogGate
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool _started;

    /// <summary>A logging filter: everything but the host's messages, and those too once started.</summary>
    public bool Allows(string? category, LogLevel level) => _started || category != HostCategory;

    public void Open() => _started = true;
}
