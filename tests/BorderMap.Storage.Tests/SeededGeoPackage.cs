using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Tests;

/// <summary>
/// One GeoPackage store seeded with <see cref="TestData.Seed"/>, made once for a test class and
/// copied for each of its tests: creating and seeding a store (its schema, areas, the seed's sources
/// and claims with their quote checks, the derived tables) is most of what a short contract test
/// costs, and a closed store is one complete file. Its folder is deleted when the class ends.
/// </summary>
public sealed class SeededGeoPackage : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bordermap-seeded-" + Guid.NewGuid().ToString("N"));

    private string SeededPath => Path.Combine(_folder, "seeded.gpkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await GeoPackageClaimStore.Open(SeededPath, TestData.Geodata.Areas, TestData.Seed).DisposeAsync();

        // A closed store leaves WAL mode, so the file alone is the store; a log beside it would be lost by copying the file.
        if (File.Exists(SeededPath + "-wal"))
        {
            throw new InvalidOperationException($"the seeded store {SeededPath} kept its write-ahead log after closing");
        }
    }

    /// <summary>Copies the seeded store to <paramref name="path"/>, a file that does not exist yet.</summary>
    public void CopyTo(string path) => File.Copy(SeededPath, path);

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
