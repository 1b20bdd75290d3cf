using BorderMap.Core.Areas;
using BorderMap.Rendering.Geometry;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>The Panj / Amu Darya: a white casing under a blue line, as on screen (style.ts, riverStyle).</summary>
internal sealed class RiverPainter(RenderStyle style)
{
    public void Paint(SKCanvas canvas, MapTransform transform, AreaCatalog areas)
    {
        var clip = FrameClip.Grow(transform.LonLat, 0.02);
        foreach (var river in areas.FindLayer("rivers")?.Areas ?? [])
        {
            if (FrameClip.Clip(river.Geometry, clip) is not { } visible)
            {
                continue;
            }

            using var path = PathBuilder.Build(visible, transform);
            using var casing = Line(new SKColor(255, 255, 255, 179), style.Line("riverCasing"));
            using var line = Line(style.Area("river"), style.Line("river"));
            canvas.DrawPath(path, casing);
            canvas.DrawPath(path, line);
        }
    }

    private static SKPaint Line(SKColor colour, float width) => new()
    {
        Color = colour,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeJoin = SKStrokeJoin.Round,
        StrokeCap = SKStrokeCap.Round,
    };
}
