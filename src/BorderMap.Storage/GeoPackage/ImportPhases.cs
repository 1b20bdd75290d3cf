using BorderMap.Core.Diagnostics;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Where a large import's time goes, on standard error when the environment sets
/// <c>BORDERMAP_IMPORT_PHASES=1</c> (<see cref="PhaseLog"/>). For profiling the import's end, which
/// runs on one core.
/// </summary>
internal static class ImportPhases
{
    private static readonly PhaseLog Log = new("BORDERMAP_IMPORT_PHASES", "import");

    /// <summary>Logs the phase that ends now, since the last one ended (or the process started).</summary>
    public static void Ended(string phase) => Log.Ended(phase);
}
