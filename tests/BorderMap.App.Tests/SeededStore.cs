using BorderMap.Storage;

namespace BorderMap.App.Tests;

/// <summary>
/// One GeoPackage store seeded with the shipped geodata, as <c>bordermap</c> seeds a store it creates, made once for a
/// test class in the test host and copied for each test that needs a store of its own but not a new one: every
/// <c>bordermap</c> command on a new store first creates and seeds it. A closed store is one complete file.
/// </summary>
public sealed class SeededStore : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(StoreTestEnvironment.Folder, "seeded-" + Guid.NewGuid().ToString("N"));

    private string SeededPath => Path.Combine(_folder, "seeded.gpkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await StoreLocation.Open(SeededPath, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();

        // A closed store leaves WAL mode, so the file alone is the store; a log beside it would be lost by copying the file.
        if (File.Exists(SeededPath + "-wal"))
        {
            throw new InvalidOperationException($"the seeded store {SeededPath} kept its write-ahead log after closing");
        }
    }

    /// <summary>A copy of the seeded store at a new path in the test run's folder.</summary>
    public string NewCopy()
    {
        var path = StoreTestEnvironment.NewStorePath();
        File.Copy(SeededPath, path);
        return path;
    }

    /// <summary>The sources registered in the store at <paramref name="path"/>, read in the test host: id and title, one a line.</summary>
    public static async Task<string> SourcesIn(string path)
    {
        await using var store = StoreLocation.Open(path, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata), readOnly: true);
        return string.Join('\n', (await store.SourcesAsync()).Select(s => $"{s.Id} {s.Title}"));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
