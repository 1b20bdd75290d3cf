using BorderMap.Core.Diagnostics;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Where an export's time goes, on standard error when the environment sets
/// <c>BORDERMAP_EXPORT_PHASES=1</c> (<see cref="PhaseLog"/>); the first phase is the runtime's start.
/// For profiling a cold export. Phases on two threads overlap: their CPU is the whole process's.
/// </summary>
public static class ExportPhases
{
    private static readonly PhaseLog Log = new("BORDERMAP_EXPORT_PHASES", "export");

    /// <summary>Logs the phase that ends now, since the last one ended (or the process started).</summary>
    public static void Ended(string phase) => Log.Ended(phase);
}
