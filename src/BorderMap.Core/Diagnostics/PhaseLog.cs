using System.Diagnostics;
using System.Globalization;

namespace BorderMap.Core.Diagnostics;

/// <summary>
/// A log of where a long command's time goes, written to standard error when the environment sets
/// <paramref name="variable"/> to 1: for each phase that ends, its wall time and the process's CPU
/// time in it (user and system, every thread), and the bytes every thread allocated in it with the
/// runtime's collections, from the process's start. For profiling; off, it costs one check per phase.
/// </summary>
public sealed class PhaseLog(string variable, string work)
{
    private readonly bool _on = Environment.GetEnvironmentVariable(variable) == "1";
    private readonly Lock _gate = new();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu;
    private long _lastAllocated;
    private int _lastCollections;

    /// <summary>Logs the phase that ends now, since the last one ended (or the process started).</summary>
    public void Ended(string phase)
    {
        if (!_on)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        var (allocated, collections) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
        lock (_gate)
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{work} phase {phase,-16} wall {(wall - _lastWall).TotalSeconds,7:F3} s  CPU {(cpu - _lastCpu).TotalSeconds,7:F3} s  allocated {(allocated - _lastAllocated) / 1e6,7:F1} MB  collections {collections - _lastCollections,3}  (at {wall.TotalSeconds:F3} s)"));
            (_lastWall, _lastCpu, _lastAllocated, _lastCollections) = (wall, cpu, allocated, collections);
        }
    }
}
