using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace BorderMap.Bench.Api;

/// <summary>
/// What the first render of the web map waited for, from the page itself once it is ready: every
/// request with its start and end (ms after navigation) and size, in start order, and the main
/// thread's CPU as Chromium counts it (script, layout, style, all tasks). CPU is the figure that
/// stays comparable on a loaded machine, where wall time mostly measures the queue.
/// </summary>
internal static class BrowserProfile
{
    private const string Requests =
        """
        () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .map(e => ({ name: e.name.replace(location.origin, ''), start: e.startTime, end: e.responseEnd, size: e.encodedBodySize ?? 0 }))
          .sort((a, b) => a.start - b.start)
        """;

    /// <summary>Starts Chromium's sampling profiler of the page's JavaScript (1 ms interval).</summary>
    public static async Task StartProfilerAsync(ICDPSession cdp)
    {
        await cdp.SendAsync("Profiler.enable");
        await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 1000 });
        await cdp.SendAsync("Profiler.start");
    }

    /// <summary>Stops the profiler and prints the functions that took the most samples, by self time and with their callees, with their script and line.</summary>
    public static async Task PrintHotFunctionsAsync(ICDPSession cdp, int count)
    {
        var result = await cdp.SendAsync("Profiler.stop") ?? throw new InvalidOperationException("no profile");
        var profile = result.GetProperty("profile");
        var frames = profile.GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("id").GetInt32(),
            n => n.GetProperty("callFrame") is var f ? $"{f.GetProperty("functionName").GetString()} {Path.GetFileName(f.GetProperty("url").GetString())}:{f.GetProperty("lineNumber").GetInt32() + 1}" : string.Empty);
        var parents = new Dictionary<int, int>();
        foreach (var node in profile.GetProperty("nodes").EnumerateArray())
        {
            foreach (var child in node.TryGetProperty("children", out var children) ? children.EnumerateArray() : default)
            {
                parents[child.GetInt32()] = node.GetProperty("id").GetInt32();
            }
        }

        var self = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (node, delta) in profile.GetProperty("samples").EnumerateArray().Zip(profile.GetProperty("timeDeltas").EnumerateArray()))
        {
            var ms = delta.GetDouble() / 1000;
            self[frames[node.GetInt32()]] = self.GetValueOrDefault(frames[node.GetInt32()]) + ms;
            var counted = new HashSet<string>(StringComparer.Ordinal);
            for (int? at = node.GetInt32(); at is { } id; at = parents.TryGetValue(id, out var parent) ? parent : null)
            {
                if (counted.Add(frames[id]))
                {
                    total[frames[id]] = total.GetValueOrDefault(frames[id]) + ms;
                }
            }
        }

        foreach (var (frame, ms) in self.OrderByDescending(f => f.Value).Take(count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  self {ms,7:0} ms  {frame}"));
        }

        foreach (var (frame, ms) in total.Where(f => !f.Key.StartsWith(" :", StringComparison.Ordinal)).OrderByDescending(f => f.Value).Take(count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total {ms,6:0} ms  {frame}"));
        }
    }

    public static async Task<IReadOnlyDictionary<string, double>> MainThreadAsync(ICDPSession cdp)
    {
        var metrics = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("no metrics");
        return metrics.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble(), StringComparer.Ordinal);
    }

    /// <summary>Prints the requests and the main thread's CPU (seconds in Chromium's counters, printed in ms) since <paramref name="before"/>.</summary>
    public static async Task PrintAsync(IPage page, IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after, string label)
    {
        string Ms(string metric) => ((after[metric] - before.GetValueOrDefault(metric)) * 1000).ToString("0", CultureInfo.InvariantCulture);
        Console.WriteLine($"{label} main-thread CPU: tasks {Ms("TaskDuration")} ms, script {Ms("ScriptDuration")} ms, layout {Ms("LayoutDuration")} ms, style {Ms("RecalcStyleDuration")} ms");
        if (label != "load")
        {
            return;
        }

        var entries = await page.EvaluateAsync<JsonElement>(Requests);
        foreach (var entry in entries.EnumerateArray())
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {entry.GetProperty("start").GetDouble(),7:0} → {entry.GetProperty("end").GetDouble(),7:0} ms {entry.GetProperty("size").GetDouble() / 1024,8:0.0} KiB  {entry.GetProperty("name").GetString()}"));
        }
    }
}
