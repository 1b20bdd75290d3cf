using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace BorderMap.GeodataBuild;

/// <summary>The common boundary of two touching areas, and its length on the sphere.</summary>
internal static class SharedBorder
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// The lines both areas' boundaries share. Fails unless the areas touch along a line without
    /// overlapping, which is what exact shared edges give.
    /// </summary>
    public static Geometry Between(AreaFeature a, AreaFeature b)
    {
        var relation = a.Geometry.Relate(b.Geometry);
        if (!relation.IsTouches(Dimension.Surface, Dimension.Surface))
        {
            throw new GeodataBuildException($"{a.Id} and {b.Id} do not just touch: their interiors overlap or they are apart (DE-9IM {relation}).");
        }

        var intersection = OverlayNGRobust.Overlay(a.Geometry, b.Geometry, SpatialFunction.Intersection);
        var lines = new List<LineString>();
        for (var i = 0; i < intersection.NumGeometries; i++)
        {
            if (intersection.GetGeometryN(i) is LineString line)
            {
                lines.Add(line);
            }
        }

        if (lines.Count == 0)
        {
            throw new GeodataBuildException($"{a.Id} and {b.Id} share no border line, only {intersection.GeometryType}.");
        }

        var merger = new LineMerger();
        merger.Add(lines);
        return Grid.Factory.BuildGeometry(merger.GetMergedLineStrings());
    }

    /// <summary>Haversine length in km: rough, but enough to report and sanity-check a border.</summary>
    public static double LengthKm(Geometry lines)
    {
        var total = 0.0;
        for (var i = 0; i < lines.NumGeometries; i++)
        {
            var coordinates = lines.GetGeometryN(i).Coordinates;
            for (var j = 1; j < coordinates.Length; j++)
            {
                total += HaversineKm(coordinates[j - 1], coordinates[j]);
            }
        }

        return total;
    }

    private static double HaversineKm(Coordinate a, Coordinate b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Y - a.Y);
        var dLon = Radians(b.X - a.X);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(a.Y)) * Math.Cos(Radians(b.Y)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }
}
