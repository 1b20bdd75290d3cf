using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.TileAsync"/> on every backend, read back with an independent MVT reader:
/// cluster tiles count exactly the reference's claims per grid cell and category, single tiles
/// hold exactly the reference's claims with the fields the map needs, and filters apply.
/// </summary>
public abstract partial class ClaimCountContract
{
    /// <summary>Where <see cref="QueryClaimSet"/> and the seed lie, between Herat and the Pamirs.</summary>
    private static readonly Envelope BorderArea = new(60, 76, 29, 41);

    public static TheoryData<string> TileFilters() => new()
    {
        "", "category=troop-movement,refugees", "from=2021-07-01&to=2021-09-30", "q=Бадахшан&region=AF-BDS",
        "from=2021-08-01", "to=2021-07-05&category=statement,refugees", "from=2021-07-05&to=2021-07-05&status=reported,disputed&precision=1,2",
        "from=2021-07-01&to=2021-09-30&actor=Taliban",
    };

    [Theory]
    [MemberData(nameof(TileFilters))]
    public async Task Cluster_tiles_count_the_reference_claims_per_cell_and_category(string query)
    {
        var reference = await ImportQueryClaimSetAsync();
        var matched = reference.Query(Parse(query));

        foreach (var tile in ReferenceTiles.Covering(BorderArea, 5).Append(new TileAddress(0, 0, 0)))
        {
            var features = await TileFeaturesAsync(query, tile);

            var expected = ReferenceTiles.Clusters(ReferenceTiles.In(matched, tile), tile);
            Assert.Equal(expected.Sum(c => c.Count), features.Sum(f => f.Number("count")));
            Assert.Equal(expected.Count, features.Count);
            Assert.All(expected, cluster => AssertCluster(cluster, features));
        }
    }

    [Theory]
    [MemberData(nameof(TileFilters))]
    public async Task Single_tiles_hold_the_reference_claims_with_their_fields(string query)
    {
        var reference = await ImportQueryClaimSetAsync();
        var matched = reference.Query(Parse(query));
        var known = reference.All.First(c => c.Id == "edge-west").Anchor;
        var reliability = (await Store.SourcesAsync()).ToDictionary(s => s.Id, s => s.Reliability, StringComparer.Ordinal);

        foreach (var tile in new[] { ReferenceTiles.Holding(known, 12), ReferenceTiles.Holding(known, TileAddress.ClusterBelowZoom), DensestTile(matched, 10) })
        {
            var features = await TileFeaturesAsync(query, tile);

            var expected = ReferenceTiles.In(matched, tile);
            Assert.False(ReferenceTiles.IsClustered(tile, expected.Count));
            Assert.Equal(expected.Select(c => c.Id).Order(StringComparer.Ordinal), features.Select(f => f.Text("id")).Order(StringComparer.Ordinal));
            Assert.All(expected, claim => AssertSingle(claim, features.Single(f => f.Text("id") == claim.Id), tile, reliability[claim.Data.Source]));
        }
    }

    [Fact]
    public async Task A_tile_without_matching_claims_has_no_features()
    {
        await ImportQueryClaimSetAsync();
        var pacific = new TileAddress(5, 1, 15);
        var busy = ReferenceTiles.Holding(TestData.Wgs84.CreatePoint(new Coordinate(70, 37.25)), 5);

        Assert.Empty(await TileFeaturesAsync("", pacific));
        Assert.Empty(await TileFeaturesAsync("actor=nobody", busy));
        Assert.Empty(await TileFeaturesAsync("q=zzyzx", ReferenceTiles.Holding(TestData.Wgs84.CreatePoint(new Coordinate(70, 37.25)), 12)));
    }

    [Fact]
    public async Task An_edit_of_a_claims_date_precision_and_place_restyles_its_point_in_the_map_tile()
    {
        var claim = await Store.CreateClaimAsync(TestData.PointDraft(), "ana");
        await Store.UpdateClaimAsync(claim.Id, 1, TestData.PointDraft().With(d => d with { TimePrecision = "month", Place = "Khorog" }), "ben");
        var tile = ReferenceTiles.Holding(claim.Anchor, 14);

        var feature = TileDecoding.Decode(await Store.TileAsync(ClaimFilter.All, tile), tile).Single(f => f.Text("id") == claim.Id);

        Assert.Equal(("month", "Khorog", 2L), (feature.Text("timePrecision"), feature.Text("place"), feature.Number("version")));
    }

    private async Task<IReadOnlyList<TileFeature>> TileFeaturesAsync(string query, TileAddress tile) =>
        TileDecoding.Decode(await Store.TileAsync(Parse(query), tile), tile);

    /// <summary>The tile of the zoom holding the most of the claims (the first such in column, row order).</summary>
    private static TileAddress DensestTile(IReadOnlyList<Claim> claims, int zoom) =>
        claims.GroupBy(c => ReferenceTiles.Holding(c.Anchor, zoom))
            .OrderByDescending(tile => tile.Count()).ThenBy(tile => tile.Key.X).ThenBy(tile => tile.Key.Y)
            .First().Key;

    /// <summary>Finds the feature at the cluster's mean anchor (within a pixel and a half: the tile rounds to whole pixels) and checks its counts.</summary>
    private static void AssertCluster(ReferenceCluster cluster, IReadOnlyList<TileFeature> features)
    {
        var feature = features.MinBy(f => Distance(f, cluster.X, cluster.Y))!;
        Assert.InRange(Distance(feature, cluster.X, cluster.Y), 0, 1.5);
        Assert.Equal(cluster.Count, feature.Number("count"));
        var categories = feature.Properties.Keys.Where(k => k.StartsWith("category:", StringComparison.Ordinal))
            .ToDictionary(k => k["category:".Length..], feature.Number, StringComparer.Ordinal);
        Assert.Equal(cluster.Categories.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, (long)c.Value)), categories.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
    }

    private static void AssertSingle(Claim claim, TileFeature feature, TileAddress tile, string? sourceReliability)
    {
        var (x, y) = ReferenceTiles.Pixel(claim.Anchor, tile);
        Assert.InRange(Distance(feature, x, y), 0, 1.5);
        var data = claim.Data;
        Assert.Equal(
            (data.Title, data.Category, data.Status, (long)data.GeoPrecision, data.EventDate, data.TimePrecision, data.Place, (long)data.Version),
            (feature.Text("title"), feature.Text("category"), feature.Text("status"), feature.Number("geoPrecision"), feature.Text("eventDate"), feature.Text("timePrecision"), feature.Text("place"), feature.Number("version")));
        Assert.Equal(data.EndDate, feature.Properties.ContainsKey("endDate") ? feature.Text("endDate") : null);
        Assert.Equal(data.Credibility, feature.Properties.ContainsKey("credibility") ? (int)feature.Number("credibility") : null);
        Assert.Equal(sourceReliability, feature.Properties.ContainsKey("reliability") ? feature.Text("reliability") : null);
    }

    private static double Distance(TileFeature feature, double x, double y) => Math.Sqrt(Math.Pow(feature.X - x, 2) + Math.Pow(feature.Y - y, 2));
}
