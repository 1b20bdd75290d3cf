using BorderMap.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace BorderMap.Core.Tests;

/// <summary>
/// The fast area derivation (an R-tree of envelopes, point-in-polygon for points, a cache of
/// repeated geometries) answers exactly what testing every area's outline with Covers answers,
/// on the shipped boundaries, where the hard cases are: points on and next to shared borders,
/// multi-part provinces, lines along and across borders, the river.
/// </summary>
public class AreaCoverageTests
{
    private static readonly AreaCatalog Areas = RepositoryData.Data.Areas;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static string[] Exact(Geometry geometry) =>
        [.. Areas.All.Where(a => a.Geometry.Covers(geometry)).Select(a => a.Id).Order(StringComparer.Ordinal)];

    private static string[] Fast(CoverageCache cache, Geometry geometry) => [.. cache.Covering(geometry).Order(StringComparer.Ordinal)];

    /// <summary>Vertices of every province's outline, the middle of the segment after each, and points a hair either side of the vertex.</summary>
    private static IEnumerable<Point> PointsOnAndNearBorders()
    {
        foreach (var province in Areas.FindLayer("provinces")!.Areas)
        {
            var coordinates = province.Geometry.Coordinates;
            for (var i = 0; i + 1 < coordinates.Length; i += 5)
            {
                var (a, b) = (coordinates[i], coordinates[i + 1]);
                yield return Factory.CreatePoint(a);
                yield return Factory.CreatePoint(new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2));
                yield return Factory.CreatePoint(new Coordinate(a.X + 1e-9, a.Y - 1e-9));
                yield return Factory.CreatePoint(new Coordinate(a.X - 1e-9, a.Y + 1e-9));
            }
        }
    }

    [Fact]
    public void Points_on_and_next_to_borders_get_exactly_the_areas_that_cover_them()
    {
        var cache = new CoverageCache(new AreaCoverage(Areas.All));
        var points = PointsOnAndNearBorders().ToList();
        Assert.True(points.Count > 1000, $"only {points.Count} points were tested");
        var wrong = points.Where(p => !Exact(p).SequenceEqual(Fast(cache, p))).Select(p => p.AsText()).Take(5).ToList();
        Assert.Empty(wrong);
        // Points on a shared border belong to both sides: the test covers that case, not only interiors.
        Assert.Contains(points, p => Exact(p).Count(id => id.StartsWith("AF-", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public void A_grid_over_the_region_gets_the_same_areas_twice_over_the_cache()
    {
        var cache = new CoverageCache(new AreaCoverage(Areas.All));
        var grid = Enumerable.Range(0, 40).SelectMany(i => Enumerable.Range(0, 30).Select(j => Factory.CreatePoint(new Coordinate(60 + (i * 0.41), 29 + (j * 0.37))))).ToList();
        foreach (var round in new[] { "first", "cached" })
        {
            var wrong = grid.Where(p => !Exact(p).SequenceEqual(Fast(cache, p))).Select(p => p.AsText()).Take(5).ToList();
            Assert.True(wrong.Count == 0, $"{round} round: {string.Join("; ", wrong)}");
        }
    }

    [Fact]
    public void More_geometries_than_the_cache_keeps_asked_from_several_threads_get_exactly_their_areas()
    {
        var cache = new CoverageCache(new AreaCoverage(Areas.All));
        var side = (int)Math.Ceiling(Math.Sqrt(CoverageCache.MaxEntries * 1.5));
        var grid = Enumerable.Range(0, side).SelectMany(i => Enumerable.Range(0, side).Select(j => Factory.CreatePoint(new Coordinate(66 + (i * 8.0 / side), 35 + (j * 4.0 / side))))).ToList();
        var sample = grid.Where((_, i) => i % 97 == 0).ToList();
        var expected = sample.Select(Exact).ToList();

        Parallel.ForEach(grid, new ParallelOptions { MaxDegreeOfParallelism = 4 }, p => cache.Covering(p));
        var answered = sample.AsParallel().AsOrdered().Select(p => Fast(cache, p)).ToList();

        Assert.True(grid.Count > CoverageCache.MaxEntries);
        Assert.All(sample.Zip(expected, answered), t => Assert.Equal(t.Second, t.Third));
    }

    [Fact]
    public void Lines_multi_polygons_and_the_river_get_exactly_the_areas_that_cover_them()
    {
        var cache = new CoverageCache(new AreaCoverage(Areas.All));
        var badakhshan = Areas.Find("AF-BDS")!.Geometry;
        Geometry[] shapes =
        [
            Areas.SharedBorder("TJ", "AF-BDS")!,
            Areas.SharedBorder("AF-BDS", "AF-TAK")!,
            Areas.Find("AF-TAK")!.Geometry,
            badakhshan,
            UnaryUnionOp.Union(new[] { badakhshan, Areas.Find("AF-TAK")!.Geometry }),
            Areas.FindLayer("rivers")!.Areas[0].Geometry,
            Factory.CreateLineString([new Coordinate(69.5, 37.0), new Coordinate(71.5, 37.5)]),
            Factory.CreateLineString([badakhshan.InteriorPoint.Coordinate, new Coordinate(badakhshan.InteriorPoint.X + 0.01, badakhshan.InteriorPoint.Y)]),
            Factory.CreateMultiPoint([Factory.CreatePoint(new Coordinate(69.0, 38.5)), Factory.CreatePoint(new Coordinate(70.0, 36.5))]),
        ];
        foreach (var shape in shapes)
        {
            Assert.Equal(Exact(shape), Fast(cache, shape));
            Assert.Equal(Exact(shape), Fast(cache, shape));
        }

        Assert.Contains("AF-BDS", Fast(cache, shapes[3]));
    }

    /// <summary>
    /// Short lines from each province vertex: along the outline (a vertex to the next), from the vertex into either
    /// side, across it, and a hair inside it; and lines wholly inside and wholly outside. Lines are answered from their
    /// vertices and the outline's segments where that settles it, by the full relate where not.
    /// </summary>
    [Fact]
    public void Short_lines_on_across_and_near_borders_get_exactly_the_areas_that_cover_them()
    {
        var coverage = new AreaCoverage(Areas.All);
        var lines = new List<LineString>();
        foreach (var province in Areas.FindLayer("provinces")!.Areas)
        {
            var coordinates = province.Geometry.Coordinates;
            for (var i = 0; i + 1 < coordinates.Length; i += 7)
            {
                var (a, b) = (coordinates[i], coordinates[i + 1]);
                lines.Add(Factory.CreateLineString([a, b]));
                lines.Add(Factory.CreateLineString([a, new Coordinate(a.X + 0.02, a.Y + 0.01)]));
                lines.Add(Factory.CreateLineString([new Coordinate(a.X - 0.02, a.Y - 0.01), new Coordinate(a.X + 0.02, a.Y + 0.01)]));
                lines.Add(Factory.CreateLineString([new Coordinate(a.X + 1e-9, a.Y - 1e-9), new Coordinate(b.X + 1e-9, b.Y - 1e-9)]));
            }

            var inside = province.Geometry.InteriorPoint.Coordinate;
            lines.Add(Factory.CreateLineString([inside, new Coordinate(inside.X + 0.001, inside.Y), new Coordinate(inside.X, inside.Y + 0.001)]));
        }

        lines.Add(Factory.CreateLineString([new Coordinate(50, 10), new Coordinate(50.5, 10.5)]));
        var wrong = lines.Where(l => !Exact(l).SequenceEqual(coverage.Covering(l).Order(StringComparer.Ordinal))).Select(l => l.AsText()).Take(5).ToList();
        Assert.True(lines.Count > 500, $"only {lines.Count} lines were tested");
        Assert.Empty(wrong);
        // Both answers the shortcut gives occur, not only the relate's.
        Assert.Contains(lines, l => Exact(l).Length > 0);
        Assert.Contains(lines, l => Exact(l).Length == 0);
    }

    /// <summary>
    /// The river is a line: a point is covered by it only when it lies on a segment. Its vertices, the middle of each
    /// segment, points a hair off it and a grid over its envelope, against Covers.
    /// </summary>
    [Fact]
    public void Points_on_beside_and_around_the_river_get_exactly_the_areas_that_cover_them()
    {
        var coverage = new AreaCoverage(Areas.All);
        var river = Areas.FindLayer("rivers")!.Areas[0].Geometry;
        var points = new List<Point>();
        var coordinates = river.Coordinates;
        for (var i = 0; i + 1 < coordinates.Length; i += 3)
        {
            var (a, b) = (coordinates[i], coordinates[i + 1]);
            points.Add(Factory.CreatePoint(a));
            points.Add(Factory.CreatePoint(new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2)));
            points.Add(Factory.CreatePoint(new Coordinate(a.X + 1e-9, a.Y - 1e-9)));
        }

        var box = river.EnvelopeInternal;
        points.AddRange(Enumerable.Range(0, 30).SelectMany(i => Enumerable.Range(0, 20).Select(j => Factory.CreatePoint(new Coordinate(box.MinX + (i * box.Width / 29), box.MinY + (j * box.Height / 19))))));

        var wrong = points.Where(p => !Exact(p).SequenceEqual(coverage.Covering(p).Order(StringComparer.Ordinal))).Select(p => p.AsText()).Take(5).ToList();
        Assert.Empty(wrong);
        // Both answers occur: points the river covers and points it does not, inside its envelope.
        var riverId = Areas.FindLayer("rivers")!.Areas[0].Id;
        Assert.True(points.Count(p => coverage.Covering(p).Contains(riverId)) > 100);
        Assert.Contains(points, p => !coverage.Covering(p).Contains(riverId));
    }

    [Fact]
    public void Geometries_with_the_same_envelope_are_not_confused_by_the_cache()
    {
        // A triangle below the diagonal y = x: of two pairs of points spanning the same box, one lies inside it and one does not.
        var triangle = Factory.CreatePolygon([new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 0)]);
        var area = new Area("XX-T", AreaKind.Province, "XX", "Triangle", null, new Dictionary<string, string>(), false, triangle);
        var cache = new CoverageCache(new AreaCoverage([area]));
        var inside = Factory.CreateMultiPointFromCoords([new Coordinate(0.3, 0.1), new Coordinate(0.9, 0.5)]);
        var across = Factory.CreateMultiPointFromCoords([new Coordinate(0.3, 0.5), new Coordinate(0.9, 0.1)]);
        Assert.Equal(inside.EnvelopeInternal, across.EnvelopeInternal);

        Assert.Equal(["XX-T"], cache.Covering(inside));
        Assert.Empty(cache.Covering(across));
        Assert.Equal(["XX-T"], cache.Covering(Factory.CreatePoint(new Coordinate(1, 0.5))));
    }
}
