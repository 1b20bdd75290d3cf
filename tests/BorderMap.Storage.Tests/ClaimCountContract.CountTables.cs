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
public abstract partial class ClaimCountContract
{
    private static readonly Point Fayzabad = TestData.Wgs84.CreatePoint(new Coordinate(70.9, 37.1));

    /// <summary>The filters the pre-counted days answer, checked after each write.</summary>
    private static readonly string[] CountedFilters = ["", "region=AF-BDS&from=2021-07-01&to=2021-08-15", "category=refugees,statement&status=reported"];

    /// <summary>The cluster tile filters the pre-counted cells answer (without and with dates), checked after each write.</summary>
    private static readonly string[] CountedTileFilters =
        ["", "category=statement,refugees", "from=2021-07-01&to=2021-07-31", "from=2021-07-05&category=statement,refugees&status=reported&precision=2,3"];

    /// <summary>The tile at each zoom whose cells the pre-counted cells keep (4–9, and the world) that holds Fayzabad, where the writes below go.</summary>
    private static IEnumerable<TileAddress> LowZoomTiles =>
        [new TileAddress(0, 0, 0), .. Enumerable.Range(4, TileAddress.ClusterBelowZoom - 4).Select(zoom => ReferenceTiles.Holding(Fayzabad, zoom))];

    [Fact]
    public async Task Cluster_tiles_facets_and_histograms_follow_every_write_import_and_delete()
    {
        await ImportQueryClaimSetAsync();
        var before = await AssertLowZoomClustersMatchAsync(Store);

        var created = await Store.CreateClaimAsync(TestData.PointDraft().With(d => d with { Category = "refugees" }), "ana");
        Assert.Equal(before + 1, await AssertLowZoomClustersMatchAsync(Store));
        var moved = await Store.UpdateClaimAsync(created.Id, 1, new ClaimDraft(created.Id, created.Data with { Category = "statement" }, TestData.Wgs84.CreatePoint(new Coordinate(71.4, 38.2))), "ana");
        Assert.Equal(before + 1, await AssertLowZoomClustersMatchAsync(Store));
        await Store.DeleteClaimAsync(created.Id, moved.Data.Version, "ana");
        Assert.Equal(before, await AssertLowZoomClustersMatchAsync(Store));
        await Store.ImportAsync([TestData.PointDraft("imported-1"), TestData.PointDraft("imported-2", lon: 69.8, lat: 37.9)], new ImportOptions());
        Assert.Equal(before + 2, await AssertLowZoomClustersMatchAsync(Store));
    }

    [Fact]
    public async Task A_store_from_before_the_cluster_counts_counts_its_claims_when_opened()
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetCountTablesAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();

        await AssertLowZoomClustersMatchAsync(reopened);
    }

    [Fact]
    public async Task A_store_with_cluster_counts_by_category_counts_one_row_per_cell_when_opened_and_keeps_it()
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetCellRowsAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();

        var before = await AssertLowZoomClustersMatchAsync(reopened);
        var created = await reopened.CreateClaimAsync(TestData.PointDraft().With(d => d with { Category = "statement" }), "ana");
        Assert.Equal(before + 1, await AssertLowZoomClustersMatchAsync(reopened));
        await reopened.UpdateClaimAsync(created.Id, 1, new ClaimDraft(created.Id, created.Data with { Category = "refugees" }, created.Geometry), "ana");
        Assert.Equal(before + 1, await AssertLowZoomClustersMatchAsync(reopened));
    }

    /// <summary>Checks the tile's clusters against the reference over every claim of the store, and answers how many claims the tile counts.</summary>
    private Task<long> AssertClustersMatchStoreAsync(TileAddress tile) => AssertClustersMatchAsync(Store, [tile], tile);

    /// <summary>
    /// Checks each low-zoom tile's clusters (count, mean anchor and category mix of every cell) under
    /// each counted filter, and the facets and histograms; answers how many claims the z5 tile counts.
    /// </summary>
    private static Task<long> AssertLowZoomClustersMatchAsync(IClaimStore store) =>
        AssertClustersMatchAsync(store, LowZoomTiles, ReferenceTiles.Holding(Fayzabad, 5));

    /// <summary>
    /// Checks the tiles' clusters under each counted filter, and the facets and histograms, against
    /// the reference over every claim of the store; answers how many claims <paramref name="counted"/> counts.
    /// </summary>
    private static async Task<long> AssertClustersMatchAsync(IClaimStore store, IEnumerable<TileAddress> tiles, TileAddress counted)
    {
        var reference = await ReferenceClaims.ReadAsync(store);
        foreach (var tile in tiles)
        {
            foreach (var filter in CountedTileFilters.Select(Parse))
            {
                AssertClustersEqual(ReferenceTiles.Clusters(ReferenceTiles.In(reference.Query(filter), tile), tile), TileDecoding.Decode(await store.TileAsync(filter, tile), tile));
            }
        }

        await AssertCountsMatchAsync(store, reference);
        return TileDecoding.Decode(await store.TileAsync(ClaimFilter.All, counted), counted).Sum(f => f.Number("count"));
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
            Assert.Equal(reference.Histogram(filter, DateBinSize.Week), (await store.HistogramAsync(filter, DateBinSize.Week)).Bins);
        }
    }
}
