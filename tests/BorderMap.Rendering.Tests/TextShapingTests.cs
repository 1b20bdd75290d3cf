using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

public sealed class TextShapingTests : IDisposable
{
    private static readonly TextStyle Style = new(12, FontWeight.Regular, SKColors.Black);
    private readonly TextShaper _shaper = new(FontSet.Default);

    public void Dispose() => _shaper.Dispose();

    [Fact]
    public void Persian_is_shaped_right_to_left_in_Naskh_with_joined_letter_forms()
    {
        var line = _shaper.Shape("ولایت بدخشان", Style);
        var run = Assert.Single(line.Runs);
        Assert.Equal("Noto Naskh Arabic", run.Typeface.FamilyName);
        Assert.True(run.RightToLeft);

        // Joining picks contextual forms: the letter ب takes a different glyph at the start of a word than alone.
        using var font = new SKFont(run.Typeface, 12);
        Assert.NotEqual(font.GetGlyph('ب'), _shaper.Shape("بد", Style).Runs[0].Glyphs[^1]);
        Assert.True(line.Width > 0);
    }

    [Fact]
    public void Pashto_letters_and_Tajik_Cyrillic_have_glyphs_in_the_shipped_fonts()
    {
        Assert.True(_shaper.CanRender("د ننګرهار ولايت کونړ پنجشېر"));
        Assert.True(_shaper.CanRender("Тоҷикистон Ғарм Қӯрғонтеппа"));
        Assert.Equal("Noto Sans", Assert.Single(_shaper.Shape("Тоҷикистон", Style).Runs).Typeface.FamilyName);
        Assert.False(_shaper.CanRender("中国"));
    }

    [Fact]
    public void Mixed_text_runs_in_visual_order()
    {
        // English with an embedded Persian name: the Latin parts stay in place, the name reads right to left.
        var runs = BidiRuns.Split("Province بدخشان today");
        Assert.Equal([false, true, false], runs.Select(r => r.RightToLeft));
        Assert.Equal("Province ", "Province بدخشان today".Substring(runs[0].Start, runs[0].Length));

        // A Persian phrase starting with a number: the number is read first, so it stands rightmost.
        var persian = "۹۰۰ کیلومتر مرز";
        var split = BidiRuns.Split(persian);
        Assert.Equal(persian.Length, split.Sum(r => r.Length));
        Assert.Equal("۹۰۰", persian.Substring(split[^1].Start, split[^1].Length));
        Assert.All(split, r => Assert.True(r.RightToLeft || persian.Substring(r.Start, r.Length) == "۹۰۰"));
    }

    [Fact]
    public void Wrapping_keeps_every_line_within_the_width()
    {
        var wrapper = new TextWrapper(_shaper);
        var lines = wrapper.Wrap("Lebih dari 1.000 tentara Afghanistan melarikan diri ke Tajikistan setelah pertempuran sengit", Style, 120);
        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(l.Width <= 120, $"{l.Width} > 120"));
    }
}
