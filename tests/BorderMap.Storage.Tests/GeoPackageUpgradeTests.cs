using BorderMap.Core.Queries;
using BorderMap.Storage.GeoPackage;
using BorderMap.Storage.Tests.Reference;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A GeoPackage written by the previous release has no derived tables (claim areas, search keys,
/// anchors); opening it adds and fills them, so its region, text and tile queries answer as a new
/// store's do. The old layout is made by dropping the new tables from a current file.
/// </summary>
public sealed class GeoPackageUpgradeTests : IDisposable
{
    private static readonly string[] NewTables = ["bordermap_schema", "claim_summary", "claim_anchors", "claim_extents", "claim_areas", "claim_actors", "claim_search", "claim_pages"];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_old_file_is_upgraded_on_open_and_answers_region_text_and_tile_queries()
    {
        var path = _folder.NewFile(".gpkg");
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.ImportAsync(QueryClaimSet.Drafts(), new ImportOptions());
        }

        DropNewTables(path);
        Assert.Empty(Tables(path).Intersect(NewTables));

        await using var upgraded = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);
        var reference = await ReferenceClaims.ReadAsync(upgraded);

        Assert.Equal(NewTables.Order(StringComparer.Ordinal), Tables(path).Intersect(NewTables).Order(StringComparer.Ordinal));
        foreach (var filter in new[] { new ClaimFilter { Region = "AF-BDS" }, new ClaimFilter { Text = "Бадахшан" }, new ClaimFilter { Region = "TJ", Text = "taliban" } })
        {
            var ids = reference.Ids(filter);
            Assert.NotEmpty(ids);
            Assert.Equal(ids, (await upgraded.QueryAsync(filter)).Select(c => c.Id));
        }

        Assert.Equal(Flat(reference.Facets(ClaimFilter.All)), Flat(await upgraded.FacetsAsync(ClaimFilter.All)));
        var world = TileDecoding.Decode(await upgraded.TileAsync(ClaimFilter.All, new TileAddress(0, 0, 0)), new TileAddress(0, 0, 0));
        Assert.Equal(reference.All.Count, world.Sum(f => f.Number("count")));
    }

    [Fact]
    public async Task A_file_whose_keys_collapsed_repeated_digits_finds_the_number_as_written_once_opened()
    {
        var path = _folder.NewFile(".gpkg");
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.CreateClaimAsync(TestData.PointDraft("column-1100").With(d => d with { Note = "A column of 1100 men." }), "ana");
            await store.CreateClaimAsync(TestData.PointDraft("column-110").With(d => d with { Note = "A column of 110 men." }), "ana");
        }

        // The keys and version an earlier release wrote: each run of one digit collapsed, so "1100" is nowhere in them.
        SqliteFile.Execute(path, "UPDATE claim_search SET key = replace(key, '1100', '10'); DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES (5);");
        Assert.Equal(0L, SqliteFile.Scalar(path, "SELECT count(*) FROM claim_search WHERE key GLOB '*1100*'"));

        await using var upgraded = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);

        Assert.Equal(["column-1100"], (await upgraded.QueryAsync(new ClaimFilter { Text = "1100" })).Select(c => c.Id).Where(id => id.StartsWith("column-", StringComparison.Ordinal)));
        Assert.Equal(["column-110", "column-1100"], (await upgraded.QueryAsync(new ClaimFilter { Text = "110" })).Select(c => c.Id).Where(id => id.StartsWith("column-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(6L, SqliteFile.Scalar(path, "SELECT max(version) FROM bordermap_schema"));
    }

    private static void DropNewTables(string path) => SqliteFile.Execute(path, string.Concat(NewTables.Select(table => $"DROP TABLE {table};")));

    private static List<string> Tables(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Every count of the facets as one list, to compare them whole.</summary>
    private static List<string> Flat(ClaimFacets facets) =>
        [$"total {facets.Total}", .. new[] { facets.Categories, facets.Statuses, facets.Precisions, facets.Actors, facets.Regions }.SelectMany((list, i) => list.Select(c => $"{i} {c.Value} {c.Count}"))];
}
