using System.Runtime.CompilerServices;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Points the apps these tests host or start at a claim store in a temporary folder, never at the
/// user's own store (the app reads the store path from BORDERMAP_STORE).
/// </summary>
internal static class TemporaryStore
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("bordermap-geocoding-tests-").FullName;

    [ModuleInitializer]
    public static void Use()
    {
        Environment.SetEnvironmentVariable("BORDERMAP_STORE", Path.Combine(Folder, "store.gpkg"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Folder, recursive: true);
    }
}
