using NetTopologySuite.Geometries;

namespace BorderMap.GeodataBuild;

/// <summary>
/// The 5-decimal coordinate grid (about 1 m) that every output geometry lies on. Rounding each
/// input vertex once, before any overlay, keeps shared edges identical on both sides: the same
/// source vertex always rounds to the same grid point.
/// </summary>
internal static class Grid
{
    public static readonly PrecisionModel Precision = new(100_000);

    public static readonly GeometryFactory Factory = new(Precision, 4326);

    /// <summary>Rounds every vertex of a polygonal geometry and drops vertices that collapse onto their predecessor.</summary>
    public static MultiPolygon RoundPolygonal(Geometry geometry, string label)
    {
        var polygons = new List<Polygon>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(i);
            var shell = Factory.CreateLinearRing(RoundRing(polygon.Shell.Coordinates, label));
            var holes = polygon.Holes.Select(h => Factory.CreateLinearRing(RoundRing(h.Coordinates, label))).ToArray();
            polygons.Add(Factory.CreatePolygon(shell, holes));
        }

        return Factory.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>
    /// Area layers hold MultiPolygons only, even for one-part areas, so GDAL and typed readers
    /// see a single geometry type per layer.
    /// </summary>
    public static MultiPolygon AsMultiPolygon(Geometry geometry, string label) => geometry switch
    {
        MultiPolygon multiPolygon => multiPolygon,
        Polygon polygon => Factory.CreateMultiPolygon([polygon]),
        _ => throw new GeodataBuildException($"{label}: expected a polygonal geometry, got {geometry.GeometryType}."),
    };

    /// <summary>Rounds every vertex of a line and drops vertices that collapse onto their predecessor.</summary>
    public static Coordinate[] RoundLine(IEnumerable<Coordinate> coordinates)
    {
        var rounded = new List<Coordinate>();
        foreach (var c in coordinates)
        {
            var point = new Coordinate(Precision.MakePrecise(c.X), Precision.MakePrecise(c.Y));
            if (rounded.Count == 0 || !rounded[^1].Equals2D(point))
            {
                rounded.Add(point);
            }
        }

        return [.. rounded];
    }

    private static Coordinate[] RoundRing(Coordinate[] ring, string label)
    {
        var rounded = RoundLine(ring);
        // A ring that shrinks below a triangle would need topology repair, which could move shared edges.
        return rounded.Length >= 4
            ? rounded
            : throw new GeodataBuildException($"{label}: a ring collapses when rounded to 5 decimals.");
    }
}
