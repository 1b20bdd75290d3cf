using System.Security.Cryptography;

namespace BorderMap.App.Tests;

/// <summary>
/// The commands that only read a GeoPackage store (exports, listings, the check, the source of a
/// copy) leave the file byte for byte as it was: a store on a backup drive, under version control
/// or being copied elsewhere is not rewritten by looking at it.
/// </summary>
public sealed class ReadOnlyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(StoreTestEnvironment.Folder, "read-only-" + Guid.NewGuid().ToString("N"))).FullName;

    public static TheoryData<string> Commands => new()
    {
        "export --format png --width 320 --height 200 --dpi 72 --out OUT/map.png",
        "export --animate --format gif --from 2021-07-01 --to 2021-07-02 --width 320 --height 200 --dpi 72 --out OUT/days.gif",
        "claims export --out OUT/claims.geojson",
        "store check",
        "sources list",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_that_only_reads_leaves_the_store_file_byte_for_byte_as_it_was(string command)
    {
        var store = await NewStoreAsync();
        var before = Hash(store);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd([.. command.Replace("OUT", _folder, StringComparison.Ordinal).Split(' '), "--store", store]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(before, Hash(store));
        Assert.Equal([Path.GetFileName(store)], Directory.GetFiles(Path.GetDirectoryName(store)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Copying_from_a_store_leaves_that_store_as_it_was()
    {
        var store = await NewStoreAsync();
        var before = Hash(store);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "copy", "--from", store, "--to", Path.Combine(_folder, "copy.gpkg"));

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(before, Hash(store));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A seeded store, closed, alone in a folder of its own.</summary>
    private async Task<string> NewStoreAsync()
    {
        var store = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, Guid.NewGuid().ToString("N"))).FullName, "claims.gpkg");
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("sources", "list", "--store", store);
        Assert.True(exitCode == 0 && File.Exists(store), stderr);
        return store;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
