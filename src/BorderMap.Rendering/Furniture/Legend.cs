using System.Globalization;
using BorderMap.Core.Areas;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The key, as in the web UI's left panel (legend.ts): the claim categories on this map, each with
/// its symbol and count (categories with no claim on the map are left out), then the area styles.
/// </summary>
internal sealed class Legend
{
    private const float Padding = 6;
    private const float RowHeight = 11;
    private const float SymbolColumn = 14;

    private readonly List<Row> _rows = [];
    private readonly List<Heading> _headings = [];

    public Legend(RenderStyle style, TextShaper shaper, IReadOnlyList<PlacedClaim> claims, AreaCatalog areas)
    {
        var heading = new TextStyle(7, FontWeight.Bold, Ink.Muted);
        var label = new TextStyle(7, FontWeight.Regular, Ink.Text);
        var count = new TextStyle(6.5f, FontWeight.Regular, Ink.Muted);
        var counts = CountByCategory(claims);
        var radius = ClaimSymbol.Radius(style) * 0.62f;
        if (counts.Count > 0)
        {
            _headings.Add(new Heading(0, shaper.Shape("CLAIMS", heading)));
        }

        foreach (var category in style.Style.Categories.Where(c => counts.ContainsKey(c.Id)))
        {
            var colour = style.CategoryColour(category.Id);
            _rows.Add(new Row(
                shaper.Shape(category.Label, label),
                shaper.Shape(counts[category.Id].Count.ToString("N0", CultureInfo.InvariantCulture), count),
                (canvas, at) =>
                {
                    using var symbol = new ClaimSymbol(category.Symbol, colour, radius);
                    symbol.Draw(canvas, at);
                }));
        }

        _headings.Add(new Heading(_rows.Count, shaper.Shape("AREAS", heading)));
        _rows.Add(new Row(shaper.Shape("Focus province", label), null, (c, at) => Swatch(c, at, style.Area("focusFill"), style.Area("focusStroke"))));
        _rows.Add(new Row(shaper.Shape("Focus country", label), null, (c, at) => Swatch(c, at, style.Area("focusCountryFill"), style.Area("focusStroke"))));
        _rows.Add(new Row(shaper.Shape("Province or region", label), null, (c, at) => Swatch(c, at, style.Area("contextFill"), style.Area("contextStroke"))));
        _rows.Add(new Row(shaper.Shape("Neighbouring country", label), null, (c, at) => Swatch(c, at, style.Area("neighbourFill"), style.Area("contextStroke"))));
        foreach (var river in areas.FindLayer("rivers")?.Areas ?? [])
        {
            _rows.Add(new Row(shaper.Shape(river.Name, label), null, (c, at) => RiverKey(c, at, style)));
        }

        var widest = float.NegativeInfinity;
        foreach (var row in _rows)
        {
            widest = Math.Max(widest, SymbolColumn + row.Label.Width + (row.Count is null ? 0 : row.Count.Width + 8));
        }

        foreach (var h in _headings)
        {
            widest = Math.Max(widest, h.Line.Width);
        }

        Size = new SKSize(widest + (2 * Padding), (2 * Padding) + ((_rows.Count + _headings.Count) * RowHeight));
    }

    public SKSize Size { get; }

    public void Draw(SKCanvas canvas, TextPainter painter, SKRect box)
    {
        using var background = new SKPaint { Color = Ink.Box, IsAntialias = true };
        using var border = new SKPaint { Color = Ink.Rule, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        canvas.DrawRect(box, background);
        canvas.DrawRect(box, border);

        var y = box.Top + Padding;
        for (var i = 0; i < _rows.Count; i++)
        {
            foreach (var heading in _headings)
            {
                if (heading.Row == i)
                {
                    painter.Draw(canvas, heading.Line, box.Left + Padding, y + 8);
                    y += RowHeight;
                }
            }

            var (label, count, key) = (_rows[i].Label, _rows[i].Count, _rows[i].Key);
            var middle = y + (RowHeight / 2);
            key(canvas, new SKPoint(box.Left + Padding + (SymbolColumn / 2) - 1, middle));
            painter.Draw(canvas, label, box.Left + Padding + SymbolColumn, middle + (label.Ascent / 2));
            if (count is not null)
            {
                painter.Draw(canvas, count, box.Right - Padding - count.Width, middle + (count.Ascent / 2));
            }

            y += RowHeight;
        }
    }

    private static Dictionary<string, Tally> CountByCategory(IReadOnlyList<PlacedClaim> claims)
    {
        var counts = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!counts.TryGetValue(claim.Mark.Category, out var tally))
            {
                counts[claim.Mark.Category] = tally = new Tally();
            }

            tally.Count++;
        }

        return counts;
    }

    private static void Swatch(SKCanvas canvas, SKPoint centre, SKColor fill, SKColor stroke)
    {
        var rect = new SKRect(centre.X - 5, centre.Y - 3.5f, centre.X + 5, centre.Y + 3.5f);
        using var fillPaint = new SKPaint { Color = fill, IsAntialias = true };
        using var strokePaint = new SKPaint { Color = stroke, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f };
        canvas.DrawRect(rect, fillPaint);
        canvas.DrawRect(rect, strokePaint);
    }

    private static void RiverKey(SKCanvas canvas, SKPoint centre, RenderStyle style)
    {
        using var line = new SKPaint { Color = style.Area("river"), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = style.Line("river"), StrokeCap = SKStrokeCap.Round };
        canvas.DrawLine(centre.X - 5, centre.Y, centre.X + 5, centre.Y, line);
    }

    // Classes rather than value tuples and a counting dictionary of ints: generic code over value
    // types is not in the ReadyToRun image, and the legend is drawn by every export.
    private sealed record Row(ShapedLine Label, ShapedLine? Count, Action<SKCanvas, SKPoint> Key);

    private sealed record Heading(int Row, ShapedLine Line);

    private sealed class Tally
    {
        public int Count { get; set; }
    }
}
