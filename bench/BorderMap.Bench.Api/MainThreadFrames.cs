using System.Globalization;
using System.Text.Json;

namespace BorderMap.Bench.Api;

/// <summary>
/// The page's main-thread CPU per frame of a trace: the thread CPU of its tasks (<c>RunTask</c>)
/// from one <c>BeginMainThreadFrame</c> to the next. Unlike frame intervals, it stays comparable on
/// a loaded machine, where a frame mostly waits for a core; a frame that drew the map is one with
/// more than a millisecond of work.
/// </summary>
internal sealed class MainThreadFrames
{
    private const string MainThread = "CrRendererMain";
    private const double DrawnMs = 1;

    private readonly Dictionary<(long Pid, long Tid), List<double>> _frameStarts = [];
    private readonly Dictionary<(long Pid, long Tid), List<(double At, double CpuMs)>> _tasks = [];

    /// <summary>Keeps an event of the trace if it starts a frame or is a task (times in µs).</summary>
    public void Add((long Pid, long Tid) thread, string name, JsonElement e)
    {
        if (name == "BeginMainThreadFrame" && e.TryGetProperty("ts", out var begin))
        {
            (_frameStarts.TryGetValue(thread, out var starts) ? starts : _frameStarts[thread] = []).Add(begin.GetDouble());
        }
        else if (name == "RunTask" && e.TryGetProperty("ts", out var at) && e.TryGetProperty("tdur", out var cpu))
        {
            (_tasks.TryGetValue(thread, out var tasks) ? tasks : _tasks[thread] = []).Add((at.GetDouble(), cpu.GetDouble() / 1000));
        }
    }

    /// <summary>Prints, for the renderer's main thread with the most frames, the frames' CPU: all of them, and those that drew.</summary>
    public void Print(IReadOnlyDictionary<(long Pid, long Tid), string> names)
    {
        var main = _frameStarts.Where(t => names.GetValueOrDefault(t.Key) == MainThread).OrderByDescending(t => t.Value.Count).Select(t => t.Key).FirstOrDefault();
        if (!_frameStarts.TryGetValue(main, out var starts) || starts.Count < 2)
        {
            Console.WriteLine("Main-thread CPU per frame: no frames in the trace");
            return;
        }

        starts.Sort();
        var perFrame = new double[starts.Count - 1];
        foreach (var (at, cpu) in _tasks.GetValueOrDefault(main) ?? [])
        {
            var frame = starts.BinarySearch(at);
            frame = frame >= 0 ? frame : ~frame - 1;
            if (frame >= 0 && frame < perFrame.Length)
            {
                perFrame[frame] += cpu;
            }
        }

        var drawn = perFrame.Where(ms => ms > DrawnMs).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Main-thread CPU per frame while panning: all frames {Percentiles.Summary(perFrame)}; frames with work (> {DrawnMs} ms) {(drawn.Length > 0 ? Percentiles.Summary(drawn) : "none")}"));
    }
}
