using BorderMap.Core.Areas;
using BorderMap.Rendering.Geometry;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// What every map frame starts with, clipped to the frame: the sea-and-land background, the areas
/// and the river. The canvas is left clipped (saved once) for the caller to draw on and restore.
/// </summary>
internal static class BaseMapPainter
{
    public static void PaintClipped(SKCanvas canvas, RenderStyle style, AreaRoles roles, MapTransform transform, AreaCatalog shownAreas)
    {
        canvas.Save();
        canvas.ClipRect(transform.Frame);
        using (var background = new SKPaint { Color = style.Area("background") })
        {
            canvas.DrawRect(transform.Frame, background);
        }

        new AreaPainter(style, roles).Paint(canvas, transform, shownAreas);
        new RiverPainter(style).Paint(canvas, transform, shownAreas);
    }
}
