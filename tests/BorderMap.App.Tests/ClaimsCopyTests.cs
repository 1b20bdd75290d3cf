using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary><c>bordermap claims copy</c> between a GeoPackage and a throwaway PostGIS, both ways, as real processes.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class ClaimsCopyTests(PostGisServer server)
{
    [Fact]
    public async Task A_GeoPackage_copied_to_PostGIS_and_back_exports_identically()
    {
        var original = StoreTestEnvironment.NewStorePath();
        var imported = await AppProcess.RunToEnd("claims", "import", StoreCommandLineTests.ClaimsFile(300, "copied"), "--store", original);
        Assert.Equal(0, imported.ExitCode);
        var database = await server.NewDatabaseAsync();
        var back = StoreTestEnvironment.NewStorePath();

        var there = await AppProcess.RunToEnd("claims", "copy", "--from", original, "--to", database);
        var again = await AppProcess.RunToEnd("claims", "copy", "--from", database, "--to", back);

        Assert.True(there.ExitCode == 0, there.StdErr);
        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.Contains("claims written", there.StdOut, StringComparison.Ordinal);
        Assert.Contains("Copied 323 claims and 1 event", there.StdOut, StringComparison.Ordinal);
        Assert.Contains("and 1 event", again.StdOut, StringComparison.Ordinal);
        Assert.Contains("every claim verified equal", there.StdOut, StringComparison.Ordinal);
        Assert.Contains("postgresql://postgres@127.0.0.1", again.StdOut, StringComparison.Ordinal);
        var originalExport = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".geojson");
        var backExport = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".geojson");
        Assert.Equal(0, (await AppProcess.RunToEnd("claims", "export", "--out", originalExport, "--store", original)).ExitCode);
        Assert.Equal(0, (await AppProcess.RunToEnd("claims", "export", "--out", backExport, "--store", back)).ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(originalExport), await File.ReadAllTextAsync(backExport));
        Assert.Contains("\"events\":[{\"id\":\"crossing-into-badakhshan-2021-07-05\",\"title\":", await File.ReadAllTextAsync(backExport), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_from_a_store_that_does_not_exist_is_refused()
    {
        var database = await server.NewDatabaseAsync();

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "copy", "--from", "/no/such/store.gpkg", "--to", database);

        Assert.Equal(2, exitCode);
        Assert.Contains("/no/such/store.gpkg does not exist", stderr, StringComparison.Ordinal);
    }
}
