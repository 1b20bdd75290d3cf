using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A tile from the single-claim zooms that holds more claims than a tile may carry on every
/// backend: the store decides from its pre-counted cells whether the claims need counting, so a
/// dense tile must still come clustered, and the same tile under a filter that leaves few claims
/// must still come as single claims.
/// </summary>
public abstract partial class ClaimCountContract
{
    [Fact]
    public async Task A_single_claim_tile_denser_than_a_tile_holds_is_clustered_unless_the_filter_leaves_few()
    {
        var tile = ReferenceTiles.Holding(Fayzabad, 12);
        var box = tile.LonLatEnvelope;
        var count = TileAddress.MaxClaimsPerTile + 1;
        var refugeeReports = Enumerable.Range(0, count).Count(i => i % 100 == 0);
        // A grid of 100 columns by 101 rows inside the tile; every hundredth claim is a refugee report.
        var drafts = Enumerable.Range(0, count).Select(i => TestData.PointDraft($"dense-{i}", lon: box.MinX + (box.Width * ((i % 100) + 0.5) / 100), lat: box.MinY + (box.Height * ((i / 100) + 0.5) / 101))
            .With(d => i % 100 == 0 ? d with { Category = "refugees" } : d));
        await Store.ImportAsync(drafts, new ImportOptions());

        var all = TileDecoding.Decode(await Store.TileAsync(Parse(""), tile), tile);
        var refugees = TileDecoding.Decode(await Store.TileAsync(Parse("category=refugees"), tile), tile);

        Assert.All(all, cluster => Assert.True(cluster.Properties.ContainsKey("count")));
        Assert.Equal(count, all.Sum(cluster => cluster.Number("count")));
        Assert.Equal(refugeeReports, all.Sum(cluster => cluster.Properties.ContainsKey("category:refugees") ? cluster.Number("category:refugees") : 0));
        Assert.Equal(refugeeReports, refugees.Count);
        Assert.All(refugees, claim => Assert.Equal("refugees", claim.Text("category")));
    }
}
