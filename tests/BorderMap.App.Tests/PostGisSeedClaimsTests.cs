using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary>
/// The geodata's claims seed a new PostgreSQL store and are read only then: a store already seeded
/// starts without them, and a claim file that does not load stops only a store's creation, leaving
/// nothing written.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisSeedClaimsTests(PostGisServer server)
{
    [Fact]
    public async Task A_broken_seed_claims_file_stops_only_the_seeding_of_a_database_not_the_use_of_a_seeded_one()
    {
        var database = await server.NewDatabaseAsync();
        var geodata = await StoreCommandLineTests.GeodataWithBrokenClaimsAsync();
        var exported = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".geojson");

        var creating = await AppProcess.RunToEnd("claims", "export", "--data", geodata, "--store", database, "--out", exported);
        Assert.Equal(2, creating.ExitCode);
        Assert.Contains("cannot load geodata", creating.StdErr, StringComparison.Ordinal);
        Assert.Contains("claims/broken.geojson", creating.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", creating.StdErr, StringComparison.Ordinal);

        // Nothing of the failed seeding was kept, so the next start with the shipped geodata seeds the database in full.
        var seeding = await AppProcess.RunToEnd("claims", "export", "--store", database, "--out", exported);
        Assert.True(seeding.ExitCode == 0, seeding.StdErr);
        Assert.Contains("afghan-soldiers-cross-into-tajikistan", await File.ReadAllTextAsync(exported), StringComparison.Ordinal);

        File.Delete(exported);
        var existing = await AppProcess.RunToEnd("claims", "export", "--data", geodata, "--store", database, "--out", exported);
        Assert.Equal((0, string.Empty), (existing.ExitCode, existing.StdErr));
        Assert.Contains("afghan-soldiers-cross-into-tajikistan", await File.ReadAllTextAsync(exported), StringComparison.Ordinal);
    }
}
