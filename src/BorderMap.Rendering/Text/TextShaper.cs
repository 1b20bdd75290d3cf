using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace BorderMap.Rendering.Text;

/// <summary>
/// Shapes text with HarfBuzz in the shipped typefaces. A line is split into directional runs
/// (<see cref="BidiRuns"/>), each of those into runs of one typeface (the first in the face's chain
/// that has the character; spaces, digits and punctuation stay in the current typeface when it has
/// them, so a Persian phrase is shaped as one piece), and every piece is shaped on its own.
/// Not thread-safe: each export uses its own instance, because HarfBuzz fonts are created per shaper.
/// </summary>
internal sealed class TextShaper(FontSet fonts) : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    // One font per typeface for glyph look-ups, asked directly each time: a cache keyed by
    // (typeface, code point) would be a value-tuple dictionary, whose generic code the ReadyToRun image lacks.
    private readonly Dictionary<SKTypeface, SKFont> _glyphFonts = [];

    /// <summary>The line shaped, or the same line shaped before by any export of the process (<see cref="ShapedLineCache"/>).</summary>
    public ShapedLine Shape(string text, TextStyle style) => ShapedLineCache.GetOrShape(text, style, ShapeNew);

    private ShapedLine ShapeNew(string text, TextStyle style)
    {
        var clean = Printable(text);
        var chain = fonts.Chains[style.Weight];
        var runs = new List<ShapedRun>();
        var x = 0f;
        foreach (var bidi in BidiRuns.Split(clean))
        {
            var pieces = FontPieces(clean.Substring(bidi.Start, bidi.Length), chain);
            if (bidi.RightToLeft)
            {
                pieces.Reverse();
            }

            foreach (var piece in pieces)
            {
                var run = ShapePiece(piece.Text, piece.Typeface, style.Size, bidi.RightToLeft, ref x);
                runs.Add(run);
            }
        }

        return new ShapedLine(runs, x, style);
    }

    /// <summary>Whether every character of the text has a glyph in the shipped fonts (else the caller picks other text).</summary>
    public bool CanRender(string text)
    {
        var chain = fonts.Chains[FontWeight.Regular];
        foreach (var rune in Printable(text).EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && FirstCovering(chain, rune.Value) is null)
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _shapers.Clear();
        foreach (var font in _glyphFonts.Values)
        {
            font.Dispose();
        }

        _glyphFonts.Clear();
    }

    private ShapedRun ShapePiece(string piece, SKTypeface typeface, float size, bool rightToLeft, ref float x)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            _shapers[typeface] = shaper;
        }

        using var font = Fonts.Create(typeface, size);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(piece);
        buffer.GuessSegmentProperties();
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        var result = shaper.Shape(buffer, x, 0, font);
        x += result.Width;

        // HarfBuzz reports clusters as UTF-16 indices; Skia's text runs want UTF-8 byte offsets.
        var byteOffsets = new uint[piece.Length + 1];
        for (var i = 0; i < piece.Length; i++)
        {
            var width = char.IsHighSurrogate(piece[i]) ? 4 : char.IsLowSurrogate(piece[i]) ? 0 : Encoding.UTF8.GetByteCount(piece.AsSpan(i, 1));
            byteOffsets[i + 1] = byteOffsets[i] + (uint)width;
        }

        var glyphs = new ushort[result.Codepoints.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = (ushort)result.Codepoints[i];
        }

        var clusters = new uint[result.Clusters.Length];
        for (var i = 0; i < clusters.Length; i++)
        {
            clusters[i] = byteOffsets[result.Clusters[i]];
        }

        return new ShapedRun(typeface, glyphs, result.Points, Encoding.UTF8.GetBytes(piece), clusters, rightToLeft);
    }

    private List<FontPiece> FontPieces(string text, IReadOnlyList<SKTypeface> chain)
    {
        var pieces = new List<FontPiece>();
        var current = new StringBuilder();
        SKTypeface? typeface = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var keep = typeface is not null && !IsStrong(rune) && Covers(typeface, rune.Value);
            var chosen = keep ? typeface! : FirstCovering(chain, rune.Value) ?? typeface ?? chain[0];
            if (chosen != typeface && current.Length > 0)
            {
                pieces.Add(new FontPiece(current.ToString(), typeface!));
                current.Clear();
            }

            typeface = chosen;
            current.Append(rune.ToString());
        }

        if (current.Length > 0)
        {
            pieces.Add(new FontPiece(current.ToString(), typeface!));
        }

        return pieces;
    }

    private SKTypeface? FirstCovering(IReadOnlyList<SKTypeface> chain, int codepoint)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (Covers(chain[i], codepoint))
            {
                return chain[i];
            }
        }

        return null;
    }

    private bool Covers(SKTypeface typeface, int codepoint)
    {
        if (!_glyphFonts.TryGetValue(typeface, out var font))
        {
            _glyphFonts[typeface] = font = new SKFont(typeface);
        }

        return font.ContainsGlyph(codepoint);
    }

    private static bool IsStrong(Rune rune) => Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark;

    // Control characters have no glyphs and would only draw as boxes; line breaks are the wrapper's job.
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(Rune.IsControl(rune) ? " " : rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>A stretch of text drawn with one typeface.</summary>
    private sealed record FontPiece(string Text, SKTypeface Typeface);
}
