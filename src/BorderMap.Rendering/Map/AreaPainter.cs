using BorderMap.Core.Areas;
using BorderMap.Rendering.Geometry;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Country fills, province fills and outlines, then country outlines on top, as the web map
/// stacks its layers (layers.ts): focus areas warm and outlined strongly (see <see cref="AreaRoles.FillKey"/>),
/// the rest of the core countries pale, neighbours grey.
/// </summary>
internal sealed class AreaPainter(RenderStyle style, AreaRoles roles)
{
    public void Paint(SKCanvas canvas, MapTransform transform, AreaCatalog areas)
    {
        var clip = FrameClip.Grow(transform.LonLat, 0.02);
        var countries = Visible(areas, "countries", transform, clip);
        var provinces = Visible(areas, "provinces", transform, clip);

        foreach (var (area, path) in countries)
        {
            Fill(canvas, path, style.Area(roles.FillKey(area)));
        }

        // Lowest first: ordinary provinces, then the focus country's regions, then focus provinces.
        foreach (var (area, path) in provinces.OrderBy(p => p.Area.Focus ? 2 : roles.InFocusCountry(p.Area) ? 1 : 0))
        {
            var (stroke, width) = area.Focus
                ? (style.Area("focusStroke"), style.Line("focusStroke"))
                : roles.InFocusCountry(area)
                    ? (style.Area("focusStroke").WithAlpha(115), style.Line("focusCountryStroke"))
                    : (style.Area("contextStroke"), style.Line("contextStroke"));
            Fill(canvas, path, style.Area(roles.FillKey(area)));
            Stroke(canvas, path, stroke, width);
        }

        foreach (var (area, path) in countries)
        {
            var core = roles.IsCore(area);
            Stroke(canvas, path, style.Area(core ? "countryStroke" : "contextStroke"), style.Line(core ? "coreCountryStroke" : "neighbourCountryStroke"));
        }

        foreach (var (_, path) in countries.Concat(provinces))
        {
            path.Dispose();
        }
    }

    private static List<(Area Area, SKPath Path)> Visible(AreaCatalog areas, string layer, MapTransform transform, NetTopologySuite.Geometries.Envelope clip) =>
        [.. (areas.FindLayer(layer)?.Areas ?? [])
            .Select(a => (Area: a, Geometry: FrameClip.Clip(a.Geometry, clip)))
            .Where(a => a.Geometry is not null)
            .Select(a => (a.Area, PathBuilder.Build(a.Geometry!, transform)))];

    private static void Fill(SKCanvas canvas, SKPath path, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
    }

    private static void Stroke(SKCanvas canvas, SKPath path, SKColor colour, float width)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(path, paint);
    }
}
