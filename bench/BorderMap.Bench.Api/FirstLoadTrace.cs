using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace BorderMap.Bench.Api;

/// <summary>
/// Chromium's trace of the first load, from navigation to the first complete render: when each
/// request was asked, answered (first byte) and finished, the page's main-thread CPU in that time,
/// what it was spent on (inclusive sums per trace event), and each long task with what ran in it
/// (scripts, timers, animation frames, OpenLayers' functions by name). Times are ms after the
/// navigation started, on the page's own clock; CPU is the main thread's, which stays comparable
/// on a loaded machine where wall time mostly measures the wait for a core.
/// </summary>
internal static class FirstLoadTrace
{
    private const double LongTaskMs = 30;

    private static readonly string[] Categories =
    [
        "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8.execute", "toplevel", "loading",
        "v8", "disabled-by-default-v8.compile", "disabled-by-default-v8.gc", "cc",
    ];

    private static readonly HashSet<string> Described = new(StringComparer.Ordinal)
    {
        "EvaluateScript", "v8.evaluateModule", "v8.compileModule", "FunctionCall", "TimerFire", "FireAnimationFrame", "EventDispatch",
        "ParseHTML", "Layout", "UpdateLayoutTree", "Paint", "MajorGC", "MinorGC", "XHRLoad", "XHRReadyStateChange", "RunMicrotasks",
    };

    public static Task StartAsync(ICDPSession cdp) => BrowserTrace.StartAsync(cdp, Categories);

    private sealed record Span(string Name, double Start, double Ms, double Cpu, string Detail);

    /// <summary>Stops the trace and prints the first load up to <paramref name="readyMs"/> (ms after navigation, the page's clock).</summary>
    public static async Task PrintAsync(ICDPSession cdp, Uri page, double readyMs)
    {
        using var trace = await BrowserTrace.StopAsync(cdp);
        var events = BrowserTrace.Events(trace).EnumerateArray().ToList();
        var site = page.GetLeftPart(UriPartial.Authority);
        var navigation = events.LastOrDefault(e => Name(e) == "navigationStart" && DataText(e, "documentLoaderURL").StartsWith(site, StringComparison.Ordinal));
        if (navigation.ValueKind != JsonValueKind.Object)
        {
            Console.WriteLine($"First load: no navigation to {site} in the trace");
            return;
        }

        var (main, origin) = (Key(navigation), Ts(navigation));
        var end = origin + (readyMs * 1000);
        var spans = events
            .Where(e => Key(e) == main && e.GetProperty("ph").GetString() == "X" && Ts(e) >= origin && Ts(e) <= end)
            .Select(e => new Span(Name(e), (Ts(e) - origin) / 1000, Number(e, "dur") / 1000, Number(e, "tdur") / 1000, Detail(e)))
            .ToList();
        var tasks = spans.Where(s => s.Name == "RunTask").ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First load, navigation → ready ({readyMs:0} ms): main-thread tasks {tasks.Sum(t => t.Ms):0} ms wall, {tasks.Sum(t => t.Cpu):0} ms CPU, {tasks.Count} tasks"));
        PrintRequests(events, origin, site);
        Console.WriteLine("Main thread to ready, inclusive per event (wall ms, CPU ms, count):");
        foreach (var group in spans.Where(s => s.Name != "RunTask").GroupBy(s => s.Name).OrderByDescending(g => g.Sum(s => s.Cpu)).Take(16))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Sum(s => s.Ms),7:0.0} {group.Sum(s => s.Cpu),7:0.0} {group.Count(),5}×  {group.Key}"));
        }

        PrintOtherThreads(events, main, origin, end);
        Console.WriteLine($"Long tasks (≥ {LongTaskMs} ms wall) to ready: start, wall, CPU, what ran (the longest inner events):");
        foreach (var task in tasks.Where(t => t.Ms >= LongTaskMs))
        {
            var inner = spans.Where(s => s.Start >= task.Start && s.Start < task.Start + task.Ms && Described.Contains(s.Name))
                .OrderByDescending(s => s.Ms).Take(4).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name}{s.Detail} {s.Ms:0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {task.Start,7:0} {task.Ms,6:0} {task.Cpu,6:0}  {string.Join("; ", inner)}"));
        }
    }

    /// <summary>
    /// The page's process's other threads to ready (V8's background compilers and collector, the
    /// compositor, raster workers, the base map's worker): the events that took their CPU, inclusive.
    /// </summary>
    private static void PrintOtherThreads(List<JsonElement> events, (long Pid, long Tid) main, double origin, double end)
    {
        var names = events.Where(e => Name(e) == "thread_name" && Key(e).Pid == main.Pid)
            .ToDictionary(Key, e => DataText(e, "name") is { Length: > 0 } n ? n : e.GetProperty("args").GetProperty("name").GetString() ?? string.Empty);
        var spans = events.Where(e => Key(e).Pid == main.Pid && Key(e) != main && e.GetProperty("ph").GetString() == "X" && Ts(e) >= origin && Ts(e) <= end)
            .GroupBy(e => names.GetValueOrDefault(Key(e), "?"));
        Console.WriteLine("The page's other threads to ready, inclusive per event (CPU ms, count; threads of one name summed):");
        foreach (var thread in spans.OrderByDescending(g => g.Sum(e => Number(e, "tdur"))).Take(5))
        {
            Console.WriteLine($"  {thread.Key}:");
            foreach (var group in thread.GroupBy(Name).OrderByDescending(g => g.Sum(e => Number(e, "tdur"))).Take(8))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {group.Sum(e => Number(e, "tdur")) / 1000,7:0.0} {group.Count(),5}×  {group.Key}"));
            }
        }
    }

    /// <summary>Each request of the load: asked, first byte, finished (ms after navigation), bytes on the wire, path.</summary>
    private static void PrintRequests(List<JsonElement> events, double origin, string site)
    {
        Console.WriteLine("Requests (asked → first byte → finished, ms after navigation; KiB received):");
        var byId = new Dictionary<string, (double Sent, double Response, double Finish, double Bytes, string Url)>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!e.TryGetProperty("args", out var args) || !args.TryGetProperty("data", out var data) || !data.TryGetProperty("requestId", out var idProperty))
            {
                continue;
            }

            var id = idProperty.GetString() ?? string.Empty;
            var at = (Ts(e) - origin) / 1000;
            var known = byId.GetValueOrDefault(id, (double.NaN, double.NaN, double.NaN, 0, string.Empty));
            byId[id] = Name(e) switch
            {
                "ResourceSendRequest" => known with { Sent = at, Url = data.TryGetProperty("url", out var url) ? url.GetString() ?? string.Empty : string.Empty },
                "ResourceReceiveResponse" => known with { Response = at },
                "ResourceFinish" => known with { Finish = at, Bytes = data.TryGetProperty("encodedDataLength", out var bytes) ? bytes.GetDouble() : 0 },
                _ => known,
            };
        }

        foreach (var (sent, response, finish, bytes, url) in byId.Values.Where(r => r.Url.StartsWith(site, StringComparison.Ordinal)).OrderBy(r => r.Sent))
        {
            var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sent,7:0} → {response,7:0} → {finish,7:0} ms {bytes / 1024,8:0.0} KiB  {path}"));
        }
    }

    private static string Detail(JsonElement e)
    {
        if (!e.TryGetProperty("args", out var args) || !args.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return string.Empty;
        }

        var function = data.TryGetProperty("functionName", out var f) ? f.GetString() : null;
        var url = data.TryGetProperty("url", out var u) ? Path.GetFileName(u.GetString()) : null;
        var type = data.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var text = string.Join(' ', new[] { type, function, url }.Where(s => !string.IsNullOrEmpty(s)));
        return text.Length > 0 ? $"({text})" : string.Empty;
    }

    private static string DataText(JsonElement e, string name) =>
        e.TryGetProperty("args", out var args) && args.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static string Name(JsonElement e) => e.GetProperty("name").GetString() ?? string.Empty;

    private static (long Pid, long Tid) Key(JsonElement e) => (e.GetProperty("pid").GetInt64(), e.TryGetProperty("tid", out var tid) ? tid.GetInt64() : 0);

    private static double Ts(JsonElement e) => e.TryGetProperty("ts", out var ts) ? ts.GetDouble() : 0;

    private static double Number(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetDouble() : 0;
}
