namespace BorderMap.App.Tests;

/// <summary>
/// The last lines a running <c>bordermap serve</c> printed, its requests among them, read as it prints them: what a
/// failed browser test shows of the server's side. Every line gets a number, so a test shows only the lines printed
/// since it started, not its predecessors' requests. Reading both streams to their end also keeps a chatty server from
/// ever blocking on a full pipe. Thread-safe.
/// </summary>
internal sealed class ServerLog
{
    /// <summary>
    /// The host's own logging settings, given as environment variables: a one-line entry, with the time, for each request
    /// that starts and finishes (ASP.NET Core's hosting diagnostics, at Information; the app logs warnings only).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RequestLogging = new Dictionary<string, string>
    {
        ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
    };

    private const int Kept = 100;

    private readonly Queue<string> _lines = new();

    /// <summary>How many lines were printed in all, the dropped ones included: the number of the next line.</summary>
    private long _printed;

    public ServerLog(StreamReader stdout, StreamReader stderr)
    {
        _ = KeepReadingAsync(stdout, string.Empty);
        _ = KeepReadingAsync(stderr, "stderr: ");
    }

    /// <summary>The number the next printed line will get: what <see cref="LinesSince"/> takes to show only later lines.</summary>
    public long Mark()
    {
        lock (_lines)
        {
            return _printed;
        }
    }

    /// <summary>The lines printed since <paramref name="mark"/> (of <see cref="Mark"/>), oldest first, one a line; at most the last 100.</summary>
    public string LinesSince(long mark)
    {
        lock (_lines)
        {
            var since = (int)Math.Min(_printed - mark, _lines.Count);
            if (since == 0)
            {
                return "(nothing printed)";
            }

            var dropped = _printed - mark - since;
            var lines = string.Join('\n', _lines.Skip(_lines.Count - since));
            return dropped == 0 ? lines : $"({dropped} earlier lines not kept)\n{lines}";
        }
    }

    private async Task KeepReadingAsync(StreamReader reader, string prefix)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                Add(prefix + line);
            }
        }
        catch (ObjectDisposedException)
        {
            // The process was disposed while a read was pending: nothing more will come.
        }
    }

    private void Add(string line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            _printed++;
            if (_lines.Count > Kept)
            {
                _lines.Dequeue();
            }
        }
    }
}
