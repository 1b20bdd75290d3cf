using BorderMap.Rendering.Furniture;
using BorderMap.Rendering.Geometry;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

public sealed class ScaleBarTests
{
    [Theory]
    [InlineData(29.0, 31.0)]
    [InlineData(37.0, 39.0)]
    [InlineData(60.0, 62.0)]
    public void The_bar_is_true_at_the_latitude_of_the_map_centre(double south, double north)
    {
        var transform = new MapTransform(new Envelope(68, 72, south, north), SKRect.Create(0, 0, 600, 400));
        var (km, points) = ScaleBar.Length(transform);

        // Web Mercator shrinks ground distance by cos(latitude); the bar uses the WGS 84 ellipsoid,
        // which differs from this spherical estimate by well under one percent.
        var latitude = transform.ToLonLat(new SKPoint(300, 200)).Y;
        var sphericalKmPerPoint = Math.Cos(latitude * Math.PI / 180) / transform.Scale / 1000;
        Assert.Equal(sphericalKmPerPoint, km / points, sphericalKmPerPoint * 0.01);
        Assert.Contains(km / Math.Pow(10, Math.Floor(Math.Log10(km))), new[] { 1.0, 2.0, 5.0 });
    }
}
