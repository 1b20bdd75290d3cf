using BorderMap.Core.Areas;
using BorderMap.Rendering.Geometry;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// A small map of Central Asia with the main map's frame drawn on it in red, so a reader sees
/// where the area lies. It draws the countries of the boundary data, focus countries in the focus fill.
/// </summary>
internal static class LocatorInset
{
    /// <summary>Central Asia and its neighbours, lon/lat.</summary>
    private static readonly Envelope Extent = new(46, 92, 23, 47);

    private static readonly SKColor FrameRed = new(0xd7, 0x30, 0x1f);

    public static SKSize Measure(SKRect map)
    {
        var projected = WebMercator.Project(Extent);
        var width = Math.Clamp(map.Width * 0.2f, 70, 170);
        return new SKSize(width, (float)(width * projected.Height / projected.Width));
    }

    public static void Draw(SKCanvas canvas, RenderStyle style, AreaRoles roles, AreaCatalog areas, MapTransform main, SKRect box)
    {
        var inset = new MapTransform(Extent, box);
        canvas.Save();
        canvas.ClipRect(box);
        using var water = new SKPaint { Color = style.Area("background") };
        canvas.DrawRect(box, water);
        using var border = new SKPaint { Color = style.Area("contextStroke"), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.4f };
        foreach (var country in areas.FindLayer("countries")?.Areas ?? [])
        {
            if (FrameClip.Clip(country.Geometry, FrameClip.Grow(inset.LonLat, 0.05)) is not { } visible)
            {
                continue;
            }

            using var path = PathBuilder.Build(visible, inset);
            using var fill = new SKPaint { Color = style.Area(roles.FillKey(country)), IsAntialias = true };
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, border);
        }

        var topLeft = inset.ToPage(main.LonLat.MinX, main.LonLat.MaxY);
        var bottomRight = inset.ToPage(main.LonLat.MaxX, main.LonLat.MinY);
        var frame = new SKRect(topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y);
        frame.Inflate(Math.Max(0, (4 - frame.Width) / 2), Math.Max(0, (4 - frame.Height) / 2));
        using var red = new SKPaint { Color = FrameRed, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f };
        canvas.DrawRect(frame, red);
        canvas.Restore();

        using var outline = new SKPaint { Color = Ink.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        canvas.DrawRect(box, outline);
    }
}
