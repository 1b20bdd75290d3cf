using System.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Text;

/// <summary>Draws shaped lines, with their halo, as glyphs or as outlines (see <see cref="TextMode"/>).</summary>
internal sealed class TextPainter(TextMode mode)
{
    /// <summary>Draws a line with its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, ShapedLine line, float x, float baseline)
    {
        var style = line.Style;
        if (style.HaloWidth > 0)
        {
            using var halo = new SKPaint
            {
                Color = style.Halo,
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = style.HaloWidth,
                StrokeJoin = SKStrokeJoin.Round,
            };
            DrawRuns(canvas, line, x, baseline, halo);
        }

        using var fill = new SKPaint { Color = style.Color, IsAntialias = true };
        DrawRuns(canvas, line, x, baseline, fill);
        if (mode == TextMode.OutlinesWithHiddenText)
        {
            // Alpha 1 of 255, not 0: Skia skips drawing with a fully transparent paint. The SVG
            // writer then makes the text elements fully transparent (SvgWriter).
            using var hidden = new SKPaint { Color = new SKColor(0, 0, 0, 1), IsAntialias = true };
            // The run's text, not its glyphs: Skia's SVG device writes a glyph's character, so a
            // ligature would turn "fled" into "ﬂed", which no search finds. Unshaped text has no ligatures.
            foreach (var run in line.Runs.Where(r => !r.RightToLeft && r.Positions.Length > 0))
            {
                using var font = Fonts.Create(run.Typeface, line.Style.Size);
                canvas.DrawText(Encoding.UTF8.GetString(run.Utf8), x + run.Positions[0].X, baseline + run.Positions[0].Y, font, hidden);
            }
        }
    }

    /// <summary>Draws a line centred on (x, y) vertically by its letter height, rotated by <paramref name="degrees"/>.</summary>
    public void DrawCentred(SKCanvas canvas, ShapedLine line, float x, float y, float degrees = 0)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees(degrees);
        Draw(canvas, line, -line.Width / 2, line.Ascent / 2);
        canvas.Restore();
    }

    private void DrawRuns(SKCanvas canvas, ShapedLine line, float x, float baseline, SKPaint paint)
    {
        foreach (var run in line.Runs)
        {
            if (mode == TextMode.Glyphs)
            {
                DrawGlyphs(canvas, run, line.Style.Size, x, baseline, paint);
                continue;
            }

            using var font = Fonts.Create(run.Typeface, line.Style.Size);
            using var path = Outline(font, run);
            canvas.Save();
            canvas.Translate(x, baseline);
            canvas.DrawPath(path, paint);
            canvas.Restore();
        }
    }

    private static void DrawGlyphs(SKCanvas canvas, ShapedRun run, float size, float x, float baseline, SKPaint paint)
    {
        using var font = Fonts.Create(run.Typeface, size);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length, null);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetPositions(run.Positions);
        buffer.SetText(run.Utf8);
        buffer.SetClusters(run.Clusters);
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, baseline, paint);
        }
    }

    private static SKPath Outline(SKFont font, ShapedRun run)
    {
        var path = new SKPath();
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            using var glyph = font.GetGlyphPath(run.Glyphs[i]);
            if (glyph is not null)
            {
                path.AddPath(glyph, run.Positions[i].X, run.Positions[i].Y);
            }
        }

        return path;
    }
}
