using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace BorderMap.Bench.Api;

/// <summary>
/// Chromium's own trace of the page while the map is dragged (the timeline categories DevTools
/// records), summed per thread and event name as wall and thread CPU time: how much of a panning
/// frame is the page's script, how much Chromium's painting, rasterising and compositing. CPU time
/// stays comparable on a loaded machine, where wall time mostly measures the wait for a core. The
/// sums are inclusive (a nested event counts inside its parent too): they rank work, they do not
/// add up to the drag. With <c>BENCH_TRACE_FILE</c> set, the whole trace is also written there (it
/// opens in Chromium's DevTools performance panel or Perfetto).
/// </summary>
internal static class BrowserTrace
{
    private static readonly string[] Categories =
    [
        "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame",
        "blink", "cc", "gpu", "viz", "toplevel",
    ];

    public static Task StartAsync(ICDPSession cdp) => StartAsync(cdp, Categories);

    public static Task StartAsync(ICDPSession cdp, IReadOnlyList<string> categories) =>
        cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = categories },
            ["transferMode"] = "ReturnAsStream",
        });

    /// <summary>Stops the trace and returns it whole (also written to <c>BENCH_TRACE_FILE</c> when that is set).</summary>
    public static async Task<JsonDocument> StopAsync(ICDPSession cdp)
    {
        var complete = new TaskCompletionSource<string>();
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, e) => complete.TrySetResult(e?.GetProperty("stream").GetString() ?? string.Empty);
        await cdp.SendAsync("Tracing.end");
        var stream = await complete.Task;
        var text = new StringBuilder();
        for (var eof = false; !eof;)
        {
            var chunk = await cdp.SendAsync("IO.read", new Dictionary<string, object> { ["handle"] = stream, ["size"] = 1 << 20 }) ?? throw new InvalidOperationException("no trace data");
            var data = chunk.GetProperty("data").GetString() ?? string.Empty;
            text.Append(chunk.TryGetProperty("base64Encoded", out var b64) && b64.GetBoolean() ? Encoding.UTF8.GetString(Convert.FromBase64String(data)) : data);
            eof = chunk.GetProperty("eof").GetBoolean();
        }

        await cdp.SendAsync("IO.close", new Dictionary<string, object> { ["handle"] = stream });
        if (Environment.GetEnvironmentVariable("BENCH_TRACE_FILE") is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, text.ToString());
        }

        return JsonDocument.Parse(text.ToString());
    }

    /// <summary>The trace's events, whichever of its two JSON shapes Chromium sent.</summary>
    public static JsonElement Events(JsonDocument trace) =>
        trace.RootElement.ValueKind == JsonValueKind.Array ? trace.RootElement : trace.RootElement.GetProperty("traceEvents");

    /// <summary>Stops the trace and prints, per thread, the event names that took the most time.</summary>
    public static async Task PrintAsync(ICDPSession cdp, int count)
    {
        using var trace = await StopAsync(cdp);
        var events = Events(trace);
        var threads = new Dictionary<(long Pid, long Tid), string>();
        var sums = new Dictionary<(long Pid, long Tid), Dictionary<string, (double Ms, double Cpu, int Count)>>();
        var frames = new MainThreadFrames();
        foreach (var e in events.EnumerateArray())
        {
            var key = (e.GetProperty("pid").GetInt64(), e.TryGetProperty("tid", out var tid) ? tid.GetInt64() : 0);
            var phase = e.GetProperty("ph").GetString();
            var name = e.GetProperty("name").GetString() ?? string.Empty;
            frames.Add(key, name, e);
            if (phase == "M" && name == "thread_name")
            {
                threads[key] = e.GetProperty("args").GetProperty("name").GetString() ?? string.Empty;
            }
            else if (phase == "X" && e.TryGetProperty("dur", out var dur))
            {
                var perThread = sums.TryGetValue(key, out var found) ? found : sums[key] = new Dictionary<string, (double, double, int)>(StringComparer.Ordinal);
                var (ms, cpu, n) = perThread.GetValueOrDefault(name);
                var threadMs = e.TryGetProperty("tdur", out var tdur) ? tdur.GetDouble() / 1000 : 0;
                perThread[name] = (ms + (dur.GetDouble() / 1000), cpu + threadMs, n + 1);
            }
        }

        frames.Print(threads);
        Console.WriteLine("Chromium trace while panning (inclusive wall ms, thread CPU ms and count per thread and event):");
        foreach (var (thread, perThread) in sums.OrderByDescending(t => t.Value.Values.Max(v => v.Cpu)).Take(4))
        {
            Console.WriteLine($"  {threads.GetValueOrDefault(thread, thread.ToString())}:");
            foreach (var (name, (ms, cpu, n)) in perThread.OrderByDescending(p => p.Value.Cpu).Take(count))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ms,8:0.0} ms {cpu,8:0.0} ms CPU {n,6}×  {name}"));
            }
        }
    }
}
