using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The layer extent GIS tools show (<c>gpkg_contents</c>) stays the box of the stored claims after
/// imports, moves and deletes, with enough claims that the R-tree has inner nodes (a node holds
/// about 170 boxes), so the extent is read from a root whose cells are child boxes, not claims.
/// </summary>
public sealed class GeoPackageExtentTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_layer_extent_follows_imports_moves_and_deletes_of_the_outermost_claims()
    {
        var path = _folder.NewFile(".gpkg");
        await using var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);
        var grid = Enumerable.Range(0, 600).Select(i => TestData.PointDraft($"grid-{i}", lon: 68.0 + i % 30 * 0.2, lat: 35.0 + i / 30 * 0.2));
        var outliers = new[] { TestData.PointDraft("west", lon: 58.0, lat: 36.5), TestData.PointDraft("north", lon: 70.5, lat: 42.5) };
        await store.ImportAsync(grid.Concat(outliers), new ImportOptions());
        Assert.True(SqliteFile.Scalar(path, "SELECT rtreedepth(data) FROM rtree_claims_geom_node WHERE nodeno = 1") is long depth && depth > 0, "the R-tree has inner nodes");
        var (importedMinX, _, _, importedMaxY) = AssertExtentIsTheFullScan(path);
        Assert.Equal((58.0, 42.5), (Math.Round(importedMinX, 4), Math.Round(importedMaxY, 4)));

        // The westernmost claim moves east and the northernmost is deleted: the extent shrinks back.
        await store.UpdateClaimAsync("west", 1, TestData.PointDraft("west", lon: 70.0, lat: 36.0), null);
        await store.DeleteClaimAsync("north", 1, null);
        await store.CreateClaimAsync(TestData.PointDraft("far-south", lon: 69.0, lat: 28.0), null);

        var (minX, _, minY, maxY) = AssertExtentIsTheFullScan(path);
        Assert.True(minX > 58.5 && maxY < 42.0, $"the extent shrank back from the moved and deleted claims: {minX} … {maxY}");
        Assert.Equal(28.0, Math.Round(minY, 4));
    }

    private static (double, double, double, double) AssertExtentIsTheFullScan(string path)
    {
        var contents = Row(path, "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = 'claims'");
        var scan = Row(path, "SELECT min(minx), max(maxx), min(miny), max(maxy) FROM rtree_claims_geom");
        Assert.Equal(scan, contents);
        return contents;
    }

    private static (double, double, double, double) Row(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
