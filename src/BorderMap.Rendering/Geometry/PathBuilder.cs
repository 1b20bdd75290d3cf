using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Geometry;

/// <summary>Turns lon/lat geometries into page paths through a <see cref="MapTransform"/>.</summary>
internal static class PathBuilder
{
    /// <summary>
    /// Polygons become closed contours filled even-odd (holes stay holes whatever their winding);
    /// lines become open contours; points are ignored (they are drawn as symbols).
    /// </summary>
    public static SKPath Build(NetTopologySuite.Geometries.Geometry geometry, MapTransform transform)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        Add(path, geometry, transform);
        return path;
    }

    private static void Add(SKPath path, NetTopologySuite.Geometries.Geometry geometry, MapTransform transform)
    {
        switch (geometry)
        {
            case Polygon polygon:
                AddLine(path, polygon.ExteriorRing.Coordinates, transform, close: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddLine(path, hole.Coordinates, transform, close: true);
                }

                break;
            case LineString line:
                AddLine(path, line.Coordinates, transform, close: false);
                break;
            case GeometryCollection collection:
                foreach (var part in collection.Geometries)
                {
                    Add(path, part, transform);
                }

                break;
        }
    }

    private static void AddLine(SKPath path, Coordinate[] coordinates, MapTransform transform, bool close)
    {
        if (coordinates.Length < 2)
        {
            return;
        }

        path.MoveTo(transform.ToPage(coordinates[0]));
        for (var i = 1; i < coordinates.Length; i++)
        {
            path.LineTo(transform.ToPage(coordinates[i]));
        }

        if (close)
        {
            path.Close();
        }
    }
}
