using SkiaSharp;

namespace BorderMap.Rendering.Text;

/// <summary>
/// One line of text after shaping: glyph runs in visual order, each in a single typeface, with
/// glyph positions relative to the line's start on its baseline.
/// </summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs, float Width, TextStyle Style)
{
    /// <summary>Distance from the baseline up to the top of the tallest letters (positive).</summary>
    public float Ascent => Style.Size * 0.76f;

    /// <summary>Distance from the baseline down to the bottom of descenders (positive).</summary>
    public float Descent => Style.Size * 0.24f;
}

/// <summary>
/// Glyphs of one typeface, with the text they came from as UTF-8 and, per glyph, the byte offset of
/// its characters (its cluster). PDF and SVG output use these to map glyphs back to text, so a
/// ligature such as "fl" is extracted and searched as the two letters it stands for.
/// <see cref="RightToLeft"/> marks text that SVG viewers would reorder.
/// </summary>
internal sealed record ShapedRun(SKTypeface Typeface, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters, bool RightToLeft);
