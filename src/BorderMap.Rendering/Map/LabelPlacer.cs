using BorderMap.Core.Areas;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Geometry;
using BorderMap.Rendering.Text;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Places the map's labels: the focus areas' names first (they win over claim symbols), then the
/// river name, country names (core before neighbours), province names, and last the town layer
/// (<see cref="TownLabels"/>). A label is dropped where it would cover a placed label, a claim marker
/// or map furniture, or run off the frame. Ordinary provinces are named only when the map is zoomed
/// in far enough (as the web map, style.ts) and the name fits inside the province.
/// </summary>
internal sealed class LabelPlacer(RenderStyle style, AreaRoles roles, TextShaper shaper, LabelNames names)
{
    // The web map's constants, in points: labels keep 30 px (vertically, three times that sideways)
    // from claim anchors, and province names show only at 6000 m per pixel or closer.
    private static readonly float AnchorClearance = RenderStyle.Px(30);
    private const float LabelAspect = 3;
    private static readonly double MaxProvinceMetresPerPoint = 6000 / RenderStyle.Px(1);
    private const double ViewMargin = 0.06;

    private static readonly SKColor HaloWhite = new(255, 255, 255, 230);

    /// <summary>
    /// Places every label. <paramref name="markers"/> (claim symbols and numbers) keep every label
    /// away except the focus areas', which are placed first and win over symbols: the map is about
    /// them, so they are always named where any spot of theirs is free of furniture.
    /// </summary>
    public IReadOnlyList<MapLabel> Place(AreaCatalog areas, MapTransform transform, SKPoint[] anchors, SKRect[] markers, SKRect[] furniture, IReadOnlyList<Town> towns)
    {
        var grid = new AnchorGrid(anchors, AnchorClearance, LabelAspect);
        var space = new LabelSpace(transform.Frame, furniture);
        var countries = areas.FindLayer("countries")?.Areas ?? [];
        var provinces = areas.FindLayer("provinces")?.Areas ?? [];
        foreach (var area in countries.Where(c => c.Focus).Concat(provinces.Where(p => p.Focus)))
        {
            space.AddFirstFitting(area.Kind == AreaKind.Country ? CountryLabel(area, transform, grid) : ProvinceLabel(area, transform, grid));
        }

        space.BlockMarkers(markers);
        foreach (var river in areas.FindLayer("rivers")?.Areas ?? [])
        {
            space.AddFirstFitting(RiverLabel(river, transform));
        }

        // Core countries before neighbours, each group in catalogue order.
        foreach (var core in (bool[])[true, false])
        {
            foreach (var country in countries.Where(c => !c.Focus && roles.IsCore(c) == core))
            {
                space.AddFirstFitting(CountryLabel(country, transform, grid));
            }
        }

        if (1 / transform.Scale <= MaxProvinceMetresPerPoint)
        {
            foreach (var province in provinces.Where(p => !p.Focus))
            {
                space.AddFirstFitting(ProvinceLabel(province, transform, grid));
            }
        }

        foreach (var town in new TownLabels(shaper, ClaimSymbol.Radius(style) + 1).Candidates(towns, transform))
        {
            space.AddFirstFitting(town);
        }

        return space.Labels;
    }

    private IEnumerable<MapLabel> RiverLabel(Area river, MapTransform transform)
    {
        if (FrameClip.Clip(river.Geometry, transform.LonLat) is not { } visible)
        {
            yield break;
        }

        var text = names.For(river);
        var line = shaper.Shape(text, new TextStyle(RenderStyle.Px(11), FontWeight.Italic, style.Area("river"), HaloWhite, RenderStyle.Px(3)));
        var offset = RenderStyle.Px(4) + (line.Ascent / 2) + style.Line("river");
        for (var i = 0; i < visible.NumGeometries; i++)
        {
            if (visible.GetGeometryN(i) is LineString part)
            {
                var points = Smoothed(part, transform);
                foreach (var candidate in RiverLabelPath.Candidates(points, line.Width + RenderStyle.Px(16), offset))
                {
                    yield return new MapLabel(text, LabelKind.River, line, candidate.Centre, candidate.Degrees);
                }
            }
        }
    }

    /// <summary>
    /// The line on the page without wiggles smaller than a letter: the shoreline data has metre-scale
    /// detail whose tiny segments point every which way, which says nothing about where text can run.
    /// </summary>
    private static SKPoint[] Smoothed(LineString line, MapTransform transform)
    {
        var lonLat = line.Coordinates;
        var onPage = new Coordinate[lonLat.Length];
        for (var i = 0; i < onPage.Length; i++)
        {
            var p = transform.ToPage(lonLat[i]);
            onPage[i] = new Coordinate(p.X, p.Y);
        }

        var simplified = NetTopologySuite.Simplify.DouglasPeuckerSimplifier.Simplify(line.Factory.CreateLineString(onPage), RenderStyle.Px(3)).Coordinates;
        var points = new SKPoint[simplified.Length];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SKPoint((float)simplified[i].X, (float)simplified[i].Y);
        }

        return points;
    }

    private MapLabel[] CountryLabel(Area country, MapTransform transform, AnchorGrid grid)
    {
        // Only the visible part counts, so a neighbour whose centre lies far off the map (China,
        // Iran) still carries its name at the edge of the map.
        var inner = new Envelope(transform.LonLat);
        inner.ExpandBy(-transform.LonLat.Width * ViewMargin, -transform.LonLat.Height * ViewMargin);
        if (FrameClip.Clip(country.Geometry, inner) is not { } visible)
        {
            return [];
        }

        var core = roles.IsCore(country);
        var textStyle = core
            ? new TextStyle(RenderStyle.Px(14), FontWeight.Bold, style.Area("countryStroke"), HaloWhite, RenderStyle.Px(3))
            : new TextStyle(RenderStyle.Px(12), FontWeight.Italic, new SKColor(0x7d, 0x77, 0x6c), style.Area("neighbourFill"), RenderStyle.Px(3));
        var rings = Rings(visible, transform);
        var text = names.For(country);
        var line = shaper.Shape(text.ToUpperInvariant(), textStyle);
        var kind = country.Focus ? LabelKind.Focus : LabelKind.Country;
        return Labels(LabelPole.Candidates(rings, Bounds(rings), grid), text, kind, line);
    }

    private MapLabel[] ProvinceLabel(Area province, MapTransform transform, AnchorGrid grid)
    {
        if (LargestPolygon(province.Geometry) is not { } largest)
        {
            return [];
        }

        var textStyle = province.Focus
            ? new TextStyle(RenderStyle.Px(12.5f), FontWeight.Bold, new SKColor(0x2b, 0x1d, 0x08), new SKColor(255, 255, 255, 235), RenderStyle.Px(3))
            : new TextStyle(RenderStyle.Px(11), FontWeight.Regular, new SKColor(0x5c, 0x57, 0x4f), style.Area("contextFill").WithAlpha(230), RenderStyle.Px(3));
        var text = names.For(province);
        var line = shaper.Shape(text, textStyle);
        var rings = Rings(largest, transform);
        var box = Bounds(rings);
        if (!province.Focus && (box.Width < line.Width || box.Height < RenderStyle.Px(14)))
        {
            return [];
        }

        var kind = province.Focus ? LabelKind.Focus : LabelKind.Province;
        return Labels(LabelPole.Candidates(rings, SKRect.Intersect(box, transform.Frame), grid), text, kind, line);
    }

    private static MapLabel[] Labels(SKPoint[] centres, string text, LabelKind kind, ShapedLine line)
    {
        var labels = new MapLabel[centres.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = new MapLabel(text, kind, line, centres[i], 0);
        }

        return labels;
    }

    /// <summary>The first of the largest polygons, or null when there is none.</summary>
    private static Polygon? LargestPolygon(NetTopologySuite.Geometries.Geometry geometry)
    {
        Polygon? largest = null;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon && (largest is null || polygon.Area > largest.Area))
            {
                largest = polygon;
            }
        }

        return largest;
    }

    private static List<SKPoint[]> Rings(NetTopologySuite.Geometries.Geometry geometry, MapTransform transform)
    {
        var rings = new List<SKPoint[]>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon)
            {
                rings.Add(transform.ToPage(polygon.ExteriorRing.Coordinates));
                foreach (var hole in polygon.InteriorRings)
                {
                    rings.Add(transform.ToPage(hole.Coordinates));
                }
            }
        }

        return rings;
    }

    private static SKRect Bounds(List<SKPoint[]> rings)
    {
        var (left, top, right, bottom) = (float.PositiveInfinity, float.PositiveInfinity, float.NegativeInfinity, float.NegativeInfinity);
        foreach (var ring in rings)
        {
            foreach (var p in ring)
            {
                (left, top) = (Math.Min(left, p.X), Math.Min(top, p.Y));
                (right, bottom) = (Math.Max(right, p.X), Math.Max(bottom, p.Y));
            }
        }

        return left > right ? SKRect.Empty : new SKRect(left, top, right, bottom);
    }
}
