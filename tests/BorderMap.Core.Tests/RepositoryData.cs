using BorderMap.Core.Geodata;

namespace BorderMap.Core.Tests;

/// <summary>The repository's shipped geodata, loaded once for all tests that only read it.</summary>
public sealed class RepositoryData
{
    public static string GeodataDirectory { get; } = Path.Combine(FindRepositoryRoot(), "geodata");

    private static readonly Lazy<BorderMapData> Shared = new(() => GeodataLoader.Load(GeodataDirectory));

    public static BorderMapData Data => Shared.Value;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tests must run inside the BorderMap repository.");
    }
}
