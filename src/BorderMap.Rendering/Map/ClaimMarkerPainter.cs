using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Claim markers as on screen (symbols.ts): a leader from the true anchor to a moved symbol, a ring
/// behind the selected claim, the category symbol, and the claim's number beside it. Returns the
/// page boxes the markers cover, which labels then keep clear of. Claims in <paramref name="uncertain"/>
/// are drawn pale: their date is known only to the week or month.
/// </summary>
internal sealed class ClaimMarkerPainter(RenderStyle style, TextShaper shaper, TextPainter text, IReadOnlySet<string> uncertain)
{
    private static readonly SKColor Ink = new(0x1b, 0x27, 0x31);

    public SKRect[] Paint(SKCanvas canvas, IReadOnlyList<PlacedClaim> claims)
    {
        var radius = ClaimSymbol.Radius(style);
        using var leader = new SKPaint { Color = Ink.WithAlpha(140), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(1) };
        using var dot = new SKPaint { Color = Ink, IsAntialias = true };
        foreach (var claim in claims.Where(c => c.Symbol != c.Anchor))
        {
            canvas.DrawLine(claim.Anchor, claim.Symbol, leader);
            canvas.DrawCircle(claim.Anchor, RenderStyle.Px(2.5f), dot);
        }

        var boxes = new SKRect[claims.Count + claims.Count(c => c.Number is not null)];
        var added = 0;
        using (var symbols = new SymbolSet(style, uncertain))
        {
            // Selected last, so it sits on top of any symbol it overlaps.
            foreach (var selected in (bool[])[false, true])
            {
                foreach (var claim in claims.Where(c => c.Selected == selected))
                {
                    var size = claim.Selected ? radius * 1.35f : radius;
                    if (claim.Selected)
                    {
                        Ring(canvas, claim.Symbol, size + RenderStyle.Px(5));
                    }

                    symbols.For(claim, size).Draw(canvas, claim.Symbol);
                    boxes[added++] = SKRect.Create(claim.Symbol.X - size, claim.Symbol.Y - size, size * 2, size * 2);
                }
            }
        }

        var numberStyle = new TextStyle(6.5f, FontWeight.Bold, Ink, SKColors.White, 2f);
        foreach (var claim in claims.Where(c => c.Number is not null))
        {
            var line = shaper.Shape(claim.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), numberStyle);
            var x = claim.Symbol.X + (radius * 0.85f);
            var baseline = claim.Symbol.Y - (radius * 0.35f);
            text.Draw(canvas, line, x, baseline);
            boxes[added++] = SKRect.Create(x, baseline - line.Ascent, line.Width, line.Ascent + line.Descent);
        }

        return boxes;
    }

    private static void Ring(SKCanvas canvas, SKPoint centre, float radius)
    {
        using var fill = new SKPaint { Color = new SKColor(255, 255, 255, 217), IsAntialias = true };
        using var stroke = new SKPaint { Color = Ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(2.5f) };
        canvas.DrawCircle(centre, radius, fill);
        canvas.DrawCircle(centre, radius, stroke);
    }
}
