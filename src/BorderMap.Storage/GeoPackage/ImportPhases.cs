using System.Diagnostics;
using System.Globalization;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// A log of where a large import's time goes, written to standard error when the environment sets
/// <c>BORDERMAP_IMPORT_PHASES=1</c>: for each phase that ends, its wall time and the process's CPU
/// time in it (user and system, every thread), and the bytes every thread allocated in it with the
/// runtime's collections, from the process's start. For profiling the import's end, which runs on one
/// core, and the garbage of its chunks; off, it costs one check per phase.
/// </summary>
internal static class ImportPhases
{
    private static readonly bool On = Environment.GetEnvironmentVariable("BORDERMAP_IMPORT_PHASES") == "1";
    private static readonly Lock Gate = new();
    private static TimeSpan _lastWall;
    private static TimeSpan _lastCpu;
    private static long _lastAllocated;
    private static int _lastCollections;

    /// <summary>Logs the phase that ends now, since the last one ended (or the process started).</summary>
    public static void Ended(string phase)
    {
        if (!On)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        var (allocated, collections) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
        lock (Gate)
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"import phase {phase,-16} wall {(wall - _lastWall).TotalSeconds,7:F3} s  CPU {(cpu - _lastCpu).TotalSeconds,7:F3} s  allocated {(allocated - _lastAllocated) / 1e6,7:F1} MB  collections {collections - _lastCollections,3}  (at {wall.TotalSeconds:F3} s)"));
            (_lastWall, _lastCpu, _lastAllocated, _lastCollections) = (wall, cpu, allocated, collections);
        }
    }
}
