using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Claim markers as on screen (symbols.ts): a leader from the true anchor to a moved symbol, a ring
/// behind the selected claim, the category symbol, and the claim's number beside it. Claims in
/// <paramref name="uncertain"/> are drawn pale: their date is known only to the week or month.
/// On a <paramref name="raster"/> page the symbols are stamped from pre-rasterised sprites
/// (<see cref="SymbolStamp"/>); otherwise they are drawn as paths, so PDF and SVG pages stay vector.
/// </summary>
internal sealed class ClaimMarkerPainter(RenderStyle style, TextShaper shaper, TextPainter text, IReadOnlySet<string> uncertain, bool raster = false)
{
    private static readonly SKColor Ink = new(0x1b, 0x27, 0x31);
    private static readonly TextStyle NumberStyle = new(6.5f, FontWeight.Bold, Ink, SKColors.White, 2f);

    private readonly float _radius = ClaimSymbol.Radius(style);

    /// <summary>The page boxes the markers cover (symbols, then numbers), which labels keep clear of.</summary>
    public SKRect[] Boxes(IReadOnlyList<PlacedClaim> claims)
    {
        var boxes = new SKRect[claims.Count + claims.Count(c => c.Number is not null)];
        var added = 0;
        foreach (var selected in (bool[])[false, true])
        {
            foreach (var claim in claims.Where(c => c.Selected == selected))
            {
                var size = SymbolSize(claim);
                boxes[added++] = SKRect.Create(claim.Symbol.X - size, claim.Symbol.Y - size, size * 2, size * 2);
            }
        }

        foreach (var claim in claims.Where(c => c.Number is not null))
        {
            var (line, x, baseline) = NumberAt(claim);
            boxes[added++] = SKRect.Create(x, baseline - line.Ascent, line.Width, line.Ascent + line.Descent);
        }

        return boxes;
    }

    public void Paint(SKCanvas canvas, IReadOnlyList<PlacedClaim> claims)
    {
        using var leader = new SKPaint { Color = Ink.WithAlpha(140), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(1) };
        using var dot = new SKPaint { Color = Ink, IsAntialias = true };
        foreach (var claim in claims.Where(c => c.Symbol != c.Anchor))
        {
            canvas.DrawLine(claim.Anchor, claim.Symbol, leader);
            canvas.DrawCircle(claim.Anchor, RenderStyle.Px(2.5f), dot);
        }

        using (var symbols = new SymbolSet(style, uncertain, raster))
        {
            // Selected last, so it sits on top of any symbol it overlaps.
            foreach (var selected in (bool[])[false, true])
            {
                foreach (var claim in claims.Where(c => c.Selected == selected))
                {
                    var size = SymbolSize(claim);
                    if (claim.Selected)
                    {
                        Ring(canvas, claim.Symbol, size + RenderStyle.Px(5));
                    }

                    symbols.For(claim, size).Draw(canvas, claim.Symbol);
                }
            }
        }

        foreach (var claim in claims.Where(c => c.Number is not null))
        {
            var (line, x, baseline) = NumberAt(claim);
            text.Draw(canvas, line, x, baseline);
        }
    }

    private float SymbolSize(PlacedClaim claim) => claim.Selected ? _radius * 1.35f : _radius;

    private (ShapedLine Line, float X, float Baseline) NumberAt(PlacedClaim claim) =>
        (shaper.Shape(claim.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), NumberStyle),
            claim.Symbol.X + (_radius * 0.85f), claim.Symbol.Y - (_radius * 0.35f));

    private static void Ring(SKCanvas canvas, SKPoint centre, float radius)
    {
        using var fill = new SKPaint { Color = new SKColor(255, 255, 255, 217), IsAntialias = true };
        using var stroke = new SKPaint { Color = Ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(2.5f) };
        canvas.DrawCircle(centre, radius, fill);
        canvas.DrawCircle(centre, radius, stroke);
    }
}
