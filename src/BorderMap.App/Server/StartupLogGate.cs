namespace BorderMap.App.Server;

/// <summary>
/// Holds back the host's own log of a failure to start (a port in use, an address this machine
/// does not have): it is a stack trace, and <c>bordermap serve</c> reports that failure itself in
/// one line. Once the app has started, the host's messages pass as every other category's do.
/// </summary>
internal sealed class StartupLogGate(LogLevel minimum)
{
    /// <summary>The category the host logs its start and stop under.</summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool _started;

    /// <summary>A level filter for <see cref="HostCategory"/>: nothing before the start, then what reaches the minimum.</summary>
    public bool Allows(LogLevel level) => _started && level >= minimum;

    public void Open() => _started = true;
}
