using System.Runtime.CompilerServices;
using BorderMap.Storage;

namespace BorderMap.App.Tests;

/// <summary>
/// Points every app this test run starts (in-process hosts and <c>bordermap</c> processes, which
/// inherit the environment) at a claim store in a temporary folder, never at the user's own store
/// in their data folder. Tests that write get a store of their own (<see cref="StoreServer"/>).
/// </summary>
internal static class StoreTestEnvironment
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bordermap-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    [ModuleInitializer]
    public static void UseTemporaryStore()
    {
        Environment.SetEnvironmentVariable(StoreLocation.EnvironmentVariable, Path.Combine(Folder, "shared.gpkg"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);
    }

    /// <summary>A path in the temporary folder for a store that does not exist yet.</summary>
    public static string NewStorePath() => Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".gpkg");
}
