using System.Globalization;

namespace BorderMap.Bench.Api;

/// <summary>
/// The CPU time of the Chromium processes this bench started (its descendants in <c>/proc</c>), by
/// process type (browser, renderer, gpu-process, utility: the network service): on two cores a first
/// load's wall cannot be shorter than half of everything the browser, the server and the database spend
/// on it, whatever the page's main thread spends. Linux only; elsewhere nothing is counted.
/// </summary>
internal static class ChromiumCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux the bench runs on

    /// <summary>
    /// Seconds of CPU (user + system) per process type, summed over this process's Chromium descendants;
    /// with <paramref name="byThread"/>, per process type and thread name ("renderer/Compositor").
    /// </summary>
    public static Dictionary<string, double> ByType(bool byThread = false)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc"))
        {
            return totals;
        }

        var parents = new Dictionary<int, int>();
        var cpu = new Dictionary<int, double>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ReadStat(pid) is { } stat)
            {
                (parents[pid], cpu[pid]) = stat;
            }
        }

        foreach (var pid in cpu.Keys.Where(p => DescendsFrom(p, Environment.ProcessId, parents)))
        {
            var command = ReadCommand(pid);
            if (command.Contains("chrom", StringComparison.OrdinalIgnoreCase))
            {
                var type = command.Split(['\0', ' ']).FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal))?[7..] ?? "browser";
                if (byThread)
                {
                    foreach (var (thread, seconds) in Threads(pid))
                    {
                        totals[$"{type}/{thread}"] = totals.GetValueOrDefault($"{type}/{thread}") + seconds;
                    }
                }
                else
                {
                    totals[type] = totals.GetValueOrDefault(type) + cpu[pid];
                }
            }
        }

        return totals;
    }

    /// <summary>"renderer 0.84 s, gpu-process 0.31 s, …, all 1.52 s": what each (or the <paramref name="top"/> busiest) spent between two readings.</summary>
    public static string Difference(Dictionary<string, double> before, Dictionary<string, double> after, int top = int.MaxValue)
    {
        var spent = after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key), StringComparer.Ordinal);
        var parts = spent.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Take(top).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.00} s"));
        return string.Join(", ", parts.Append(string.Create(CultureInfo.InvariantCulture, $"all {spent.Values.Sum():0.00} s")));
    }

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var at = pid; parents.TryGetValue(at, out var parent) && parent > 0; at = parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parent and the CPU seconds from <c>/proc/PID/stat</c> (fields after the command's closing parenthesis), or null if it ended.</summary>
    private static (int Parent, double Seconds)? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (int.Parse(fields[1], CultureInfo.InvariantCulture), ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>CPU seconds per thread name of one process (threads of one name, such as a pool's, summed).</summary>
    private static Dictionary<string, double> Threads(int pid)
    {
        var threads = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var text = File.ReadAllText(Path.Combine(task, "stat"));
                var open = text.IndexOf('(');
                var close = text.LastIndexOf(')');
                var name = text[(open + 1)..close].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                var fields = text[(close + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                threads[name] = threads.GetValueOrDefault(name) + (ticks / TicksPerSecond);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended while it was read: its threads count no more.
        }

        return threads;
    }

    private static string ReadCommand(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
