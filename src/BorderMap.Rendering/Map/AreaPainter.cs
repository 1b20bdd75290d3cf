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
        foreach (var rank in (int[])[0, 1, 2])
        {
            foreach (var (area, path) in provinces.Where(p => (p.Area.Focus ? 2 : roles.InFocusCountry(p.Area) ? 1 : 0) == rank))
            {
                PaintProvince(canvas, style, roles, area, path);
            }
        }

        foreach (var (area, path) in countries)
        {
            var core = roles.IsCore(area);
            Stroke(canvas, path, style.Area(core ? "countryStroke" : "contextStroke"), style.Line(core ? "coreCountryStroke" : "neighbourCountryStroke"));
        }

        foreach (var visible in countries.Concat(provinces))
        {
            visible.Path.Dispose();
        }
    }

    private static void PaintProvince(SKCanvas canvas, RenderStyle style, AreaRoles roles, Area area, SKPath path)
    {
        Fill(canvas, path, style.Area(roles.FillKey(area)));
        if (area.Focus)
        {
            Stroke(canvas, path, style.Area("focusStroke"), style.Line("focusStroke"));
        }
        else if (roles.InFocusCountry(area))
        {
            Stroke(canvas, path, style.Area("focusStroke").WithAlpha(115), style.Line("focusCountryStroke"));
        }
        else
        {
            Stroke(canvas, path, style.Area("contextStroke"), style.Line("contextStroke"));
        }
    }

    private static List<VisibleArea> Visible(AreaCatalog areas, string layer, MapTransform transform, NetTopologySuite.Geometries.Envelope clip)
    {
        var visible = new List<VisibleArea>();
        foreach (var area in areas.FindLayer(layer)?.Areas ?? [])
        {
            if (FrameClip.Clip(area.Geometry, clip) is { } geometry)
            {
                visible.Add(new VisibleArea(area, PathBuilder.Build(geometry, transform)));
            }
        }

        return visible;
    }

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

    // A class, not a value tuple: the list's and LINQ's code over tuples is not in the ReadyToRun image.
    private sealed record VisibleArea(Area Area, SKPath Path);
}
