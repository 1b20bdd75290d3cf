using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The pre-counted clusters of low-zoom tiles on every backend: every write, import and delete
/// changes them in its own transaction, and a store from before they existed counts its claims
/// when it is opened. Each step compares the tile with the reference clusters of the claims the
/// store holds then.
/// </summary>
public abstract partial class ClaimStoreContract
{
    private static readonly Point Fayzabad = TestData.Wgs84.CreatePoint(new Coordinate(70.9, 37.1));

    /// <summary>Makes the store look like one written before <c>claim_cells</c> existed (the table and what keeps it gone).</summary>
    protected abstract Task ForgetClusterCellsAsync();

    [Fact]
    public async Task Cluster_tiles_follow_every_write_import_and_delete()
    {
        await ImportQueryClaimSetAsync();
        var tile = ReferenceTiles.Holding(Fayzabad, 5);
        var before = await AssertClustersMatchStoreAsync(tile);

        var created = await Store.CreateClaimAsync(TestData.PointDraft().With(d => d with { Category = "refugees" }), "ana");
        Assert.Equal(before + 1, await AssertClustersMatchStoreAsync(tile));
        var moved = await Store.UpdateClaimAsync(created.Id, 1, new ClaimDraft(created.Id, created.Data with { Category = "statement" }, TestData.Wgs84.CreatePoint(new Coordinate(71.4, 38.2))), "ana");
        Assert.Equal(before + 1, await AssertClustersMatchStoreAsync(tile));
        await Store.DeleteClaimAsync(created.Id, moved.Data.Version, "ana");
        Assert.Equal(before, await AssertClustersMatchStoreAsync(tile));
        await Store.ImportAsync([TestData.PointDraft("imported-1"), TestData.PointDraft("imported-2", lon: 69.8, lat: 37.9)], new ImportOptions());
        Assert.Equal(before + 2, await AssertClustersMatchStoreAsync(tile));
    }

    [Fact]
    public async Task A_store_from_before_the_cluster_counts_counts_its_claims_when_opened()
    {
        await ImportQueryClaimSetAsync();
        await ForgetClusterCellsAsync();

        await using var reopened = await OpenSameStoreAsync();

        var reference = await ReferenceClaims.ReadAsync(reopened);
        foreach (var tile in new[] { ReferenceTiles.Holding(Fayzabad, 5), ReferenceTiles.Holding(Fayzabad, 9), new TileAddress(0, 0, 0) })
        {
            var features = TileDecoding.Decode(await reopened.TileAsync(ClaimFilter.All, tile), tile);
            var expected = ReferenceTiles.Clusters(ReferenceTiles.In(reference.All, tile), tile);
            Assert.Equal(expected.Count, features.Count);
            Assert.All(expected, cluster => AssertCluster(cluster, features));
        }
    }

    /// <summary>Checks the tile's clusters against the reference over every claim of the store, and answers how many claims the tile counts.</summary>
    private async Task<long> AssertClustersMatchStoreAsync(TileAddress tile)
    {
        var claims = await Store.ClaimsAsync();
        var features = await TileFeaturesAsync(string.Empty, tile);
        var expected = ReferenceTiles.Clusters(ReferenceTiles.In(claims, tile), tile);
        Assert.Equal(expected.Count, features.Count);
        Assert.All(expected, cluster => AssertCluster(cluster, features));
        return features.Sum(f => f.Number("count"));
    }
}
