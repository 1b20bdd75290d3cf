using System.Diagnostics;
using System.Globalization;

namespace BorderMap.Core.Diagnostics;

/// <summary>
/// A log of where a long command's time goes, written to standard error when the environment sets
/// <paramref name="variable"/> to 1: for each phase that ends, its wall time and the process's CPU
/// time in it (user and system, every thread), the bytes every thread allocated in it, the
/// runtime's collections in it by generation with the time they paused the process, and the methods
/// the JIT compiled in it with the time it spent on them (what ReadyToRun code did not cover, and the
/// optimising tier's recompilations), from the process's start. For profiling; off, it costs one check per phase.
/// </summary>
public sealed class PhaseLog(string variable, string work)
{
    private readonly bool _on = Environment.GetEnvironmentVariable(variable) == "1";
    private readonly Lock _gate = new();
    private Sample _last;

    /// <summary>Logs the phase that ends now, since the last one ended (or the process started).</summary>
    public void Ended(string phase)
    {
        if (!_on)
        {
            return;
        }

        var now = Sample.Now();
        lock (_gate)
        {
            var (last, wall) = (_last, now.Wall);
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{work} phase {phase,-16} wall {(wall - last.Wall).TotalSeconds,7:F3} s  CPU {(now.Cpu - last.Cpu).TotalSeconds,7:F3} s  allocated {(now.Allocated - last.Allocated) / 1e6,7:F1} MB  collections {now.Gen0 - last.Gen0,3} (gen1 {now.Gen1 - last.Gen1}, gen2 {now.Gen2 - last.Gen2}, paused {(now.Paused - last.Paused).TotalSeconds:F3} s)  jitted {now.Jitted - last.Jitted,5} in {(now.JitTime - last.JitTime).TotalSeconds:F3} s  (at {wall.TotalSeconds:F3} s)"));
            _last = now;
        }
    }

    /// <summary>
    /// The process's counters at one moment. A collection of generation 1 or 2 counts in the lower
    /// generations' counts too, as the runtime counts them; the pause is the time the collector stopped the process.
    /// </summary>
    private readonly record struct Sample(TimeSpan Wall, TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Jitted, TimeSpan JitTime)
    {
        public static Sample Now()
        {
            using var process = Process.GetCurrentProcess();
            return new Sample(
                DateTime.Now - process.StartTime,
                process.TotalProcessorTime,
                GC.GetTotalAllocatedBytes(),
                GC.CollectionCount(0),
                GC.CollectionCount(1),
                GC.CollectionCount(2),
                GC.GetTotalPauseDuration(),
                System.Runtime.JitInfo.GetCompiledMethodCount(),
                System.Runtime.JitInfo.GetCompilationTime());
        }
    }
}
