using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Geometry;

/// <summary>
/// Spherical Web Mercator (EPSG:3857), the projection of the web map, so an export has the same
/// shapes as the screen. Metres on the projection plane; true scale only along the equator.
/// </summary>
internal static class WebMercator
{
    public const double Radius = 6378137.0;

    /// <summary>Beyond this latitude the projection runs to infinity; the web map stops here too.</summary>
    public const double MaxLatitude = 85.05112878;

    public static Coordinate Project(double lon, double lat)
    {
        var clamped = Math.Clamp(lat, -MaxLatitude, MaxLatitude);
        return new Coordinate(Radius * lon * Math.PI / 180, Radius * Math.Log(Math.Tan(Math.PI / 4 + (clamped * Math.PI / 360))));
    }

    public static Coordinate Unproject(double x, double y) =>
        new(x / Radius * 180 / Math.PI, (2 * Math.Atan(Math.Exp(y / Radius)) - (Math.PI / 2)) * 180 / Math.PI);

    /// <summary>Projects a lon/lat envelope; in Mercator a lon/lat rectangle stays a rectangle.</summary>
    public static Envelope Project(Envelope lonLat)
    {
        var min = Project(lonLat.MinX, lonLat.MinY);
        var max = Project(lonLat.MaxX, lonLat.MaxY);
        return new Envelope(min.X, max.X, min.Y, max.Y);
    }

    public static Envelope Unproject(Envelope projected)
    {
        var min = Unproject(projected.MinX, projected.MinY);
        var max = Unproject(projected.MaxX, projected.MaxY);
        return new Envelope(min.X, max.X, min.Y, max.Y);
    }
}
