using System.Globalization;

namespace BorderMap.Bench.Api;

/// <summary>
/// One line per timed request of the mixed load, written when <c>BENCH_TRACE</c> names a file:
/// the client, the kind's index in the load's list, when the request started (ms since 1970 UTC,
/// to set beside the server's and PostgreSQL's logs), how long it took until its body had been read (ms) and its status. Safe to write from
/// several clients at once.
/// </summary>
internal sealed class RequestTrace(StreamWriter writer) : IDisposable
{
    private readonly Lock gate = new();

    public static RequestTrace? FromEnvironment() =>
        Environment.GetEnvironmentVariable("BENCH_TRACE") is { Length: > 0 } path ? new RequestTrace(new StreamWriter(path)) : null;

    public void Write(int client, int kind, DateTime started, Outcome outcome)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{client} {kind} {(started - DateTime.UnixEpoch).TotalMilliseconds:0.000} {outcome.Milliseconds:0.000} {outcome.Status}");
        lock (gate)
        {
            writer.WriteLine(line);
        }
    }

    public void Dispose() => writer.Dispose();
}
