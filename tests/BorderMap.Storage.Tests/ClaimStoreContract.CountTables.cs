using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The pre-counted tables on every backend (clusters of low-zoom tiles, days of facets and
/// histograms): every write, import and delete changes them in its own transaction, and a store
/// from before they existed counts its claims when it is opened. Each step compares the tile, the
/// facets and the histogram with the reference over the claims the store holds then.
/// </summary>
public abstract partial class ClaimStoreContract
{
    private static readonly Point Fayzabad = TestData.Wgs84.CreatePoint(new Coordinate(70.9, 37.1));

    /// <summary>The filters the pre-counted days answer, checked after each write.</summary>
    private static readonly string[] CountedFilters = ["", "region=AF-BDS&from=2021-07-01&to=2021-08-15", "category=refugees,statement&status=reported"];

    /// <summary>The cluster tile filters the pre-counted cells answer (without and with dates), checked after each write.</summary>
    private static readonly string[] CountedTileFilters = ["", "from=2021-07-01&to=2021-07-31", "from=2021-07-05&category=statement,refugees&status=reported&precision=2,3"];

    /// <summary>Makes the store look like one written before <c>claim_cells</c>, <c>claim_days</c> and <c>claim_cell_days</c> existed (the tables and what keeps them gone).</summary>
    protected abstract Task ForgetCountTablesAsync();

    [Fact]
    public async Task Cluster_tiles_facets_and_histograms_follow_every_write_import_and_delete()
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
        await ForgetCountTablesAsync();

        await using var reopened = await OpenSameStoreAsync();

        var reference = await ReferenceClaims.ReadAsync(reopened);
        foreach (var tile in new[] { ReferenceTiles.Holding(Fayzabad, 5), ReferenceTiles.Holding(Fayzabad, 9), new TileAddress(0, 0, 0) })
        {
            foreach (var filter in CountedTileFilters.Select(Parse))
            {
                AssertClustersEqual(ReferenceTiles.Clusters(ReferenceTiles.In(reference.Query(filter), tile), tile), TileDecoding.Decode(await reopened.TileAsync(filter, tile), tile));
            }
        }

        await AssertCountsMatchAsync(reopened, reference);
    }

    /// <summary>Checks the tile's clusters against the reference over every claim of the store, and answers how many claims the tile counts.</summary>
    private async Task<long> AssertClustersMatchStoreAsync(TileAddress tile)
    {
        var reference = new ReferenceClaims(await Store.ClaimsAsync(), TestData.Geodata.Areas);
        foreach (var filter in CountedTileFilters)
        {
            AssertClustersEqual(ReferenceTiles.Clusters(ReferenceTiles.In(reference.Query(Parse(filter)), tile), tile), await TileFeaturesAsync(filter, tile));
        }

        await AssertCountsMatchAsync(Store, reference);
        return (await TileFeaturesAsync(string.Empty, tile)).Sum(f => f.Number("count"));
    }

    private static void AssertClustersEqual(IReadOnlyList<ReferenceCluster> expected, IReadOnlyList<TileFeature> features)
    {
        Assert.Equal(expected.Count, features.Count);
        Assert.All(expected, cluster => AssertCluster(cluster, features));
    }

    private static async Task AssertCountsMatchAsync(IClaimStore store, ReferenceClaims reference)
    {
        foreach (var filter in CountedFilters.Select(Parse))
        {
            AssertFacetsEqual(reference.Facets(filter), await store.FacetsAsync(filter));
            Assert.Equal(reference.Histogram(filter, DateBinSize.Week), await store.HistogramAsync(filter, DateBinSize.Week));
        }
    }
}
