using BorderMap.Core.Diagnostics;

namespace BorderMap.Storage;

/// <summary>
/// Where a server's start-up goes until its URL is printed, on standard error when the environment
/// sets <c>BORDERMAP_STARTUP_PHASES=1</c> (<see cref="PhaseLog"/>): the store's opening step by step and the geocoder's build beside it,
/// then each of the warm-up's requests. For profiling the start-up on a store just loaded, which waits
/// on PostgreSQL's first reads. Phases on two threads overlap: their CPU is the whole process's.
/// </summary>
public static class StartupPhases
{
    private static readonly PhaseLog Log = new("BORDERMAP_STARTUP_PHASES", "start-up");

    /// <summary>Logs the phase that ends now, since the last one ended (or the process started).</summary>
    public static void Ended(string phase) => Log.Ended(phase);
}
