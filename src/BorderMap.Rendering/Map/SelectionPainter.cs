using BorderMap.Core.Claims;
using BorderMap.Rendering.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The selected claim's whole geometry (a region, a border, a point), highlighted in its category
/// colour as the web map does while a claim is selected (claimsLayer.ts, geometryStyle).
/// </summary>
internal sealed class SelectionPainter(RenderStyle style)
{
    public void Paint(SKCanvas canvas, MapTransform transform, Claim? selected)
    {
        if (selected is null)
        {
            return;
        }

        var colour = style.CategoryColour(selected.Data.Category);
        var geometry = FrameClip.Clip(selected.Geometry, FrameClip.Grow(transform.LonLat, 0.02));
        if (geometry is null)
        {
            return;
        }

        // Only the areas are filled: a border line in the same claim would otherwise close into a shape.
        using var path = PathBuilder.Build(geometry, transform);
        using var areas = PathBuilder.Build(geometry.Factory.BuildGeometry(PolygonExtracter.GetPolygons(geometry)), transform);
        using var casing = new SKPaint { Color = new SKColor(255, 255, 255, 217), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(6), StrokeJoin = SKStrokeJoin.Round };
        using var fill = new SKPaint { Color = colour.WithAlpha(51), IsAntialias = true };
        using var stroke = new SKPaint { Color = colour.WithAlpha(230), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(3), StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(path, casing);
        canvas.DrawPath(areas, fill);
        canvas.DrawPath(path, stroke);

        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Point point)
            {
                var centre = transform.ToPage(point.Coordinate);
                using var pointFill = new SKPaint { Color = colour.WithAlpha(89), IsAntialias = true };
                using var pointStroke = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(2) };
                canvas.DrawCircle(centre, RenderStyle.Px(5), pointFill);
                canvas.DrawCircle(centre, RenderStyle.Px(5), pointStroke);
            }
        }
    }
}
