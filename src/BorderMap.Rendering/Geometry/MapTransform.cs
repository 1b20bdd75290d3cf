using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Geometry;

/// <summary>
/// Maps lon/lat to page points inside a frame. The requested extent is widened along one axis so
/// that it fills the frame exactly at one scale (no distortion, no empty bands).
/// </summary>
internal sealed class MapTransform
{
    private readonly double _scale;

    public MapTransform(Envelope lonLat, SKRect frame)
    {
        Frame = frame;
        var projected = WebMercator.Project(lonLat);
        _scale = Math.Min(frame.Width / projected.Width, frame.Height / projected.Height);
        var centre = projected.Centre;
        var halfWidth = frame.Width / _scale / 2;
        var halfHeight = frame.Height / _scale / 2;
        Projected = new Envelope(centre.X - halfWidth, centre.X + halfWidth, centre.Y - halfHeight, centre.Y + halfHeight);
        LonLat = WebMercator.Unproject(Projected);
    }

    /// <summary>The page rectangle the map fills, in points.</summary>
    public SKRect Frame { get; }

    /// <summary>What the frame shows, in projected metres.</summary>
    public Envelope Projected { get; }

    /// <summary>What the frame shows, in lon/lat.</summary>
    public Envelope LonLat { get; }

    /// <summary>Page points per projected metre.</summary>
    public double Scale => _scale;

    public SKPoint ToPage(double lon, double lat)
    {
        var p = WebMercator.Project(lon, lat);
        return new SKPoint((float)(Frame.Left + ((p.X - Projected.MinX) * _scale)), (float)(Frame.Top + ((Projected.MaxY - p.Y) * _scale)));
    }

    public SKPoint ToPage(Coordinate lonLat) => ToPage(lonLat.X, lonLat.Y);

    /// <summary>Every coordinate on the page, in order (a loop: LINQ over points is JIT-compiled at every start).</summary>
    public SKPoint[] ToPage(Coordinate[] lonLat)
    {
        var page = new SKPoint[lonLat.Length];
        for (var i = 0; i < page.Length; i++)
        {
            page[i] = ToPage(lonLat[i]);
        }

        return page;
    }

    public Coordinate ToLonLat(SKPoint page) =>
        WebMercator.Unproject(Projected.MinX + ((page.X - Frame.Left) / _scale), Projected.MaxY - ((page.Y - Frame.Top) / _scale));
}
