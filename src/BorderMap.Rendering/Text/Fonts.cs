using SkiaSharp;

namespace BorderMap.Rendering.Text;

/// <summary>Creates <see cref="SKFont"/>s with the same settings everywhere, so measuring and drawing agree.</summary>
internal static class Fonts
{
    // No hinting and subpixel positioning: glyph shapes and advances then depend only on the font
    // file and the size, not on the output device, which keeps PNG, SVG and PDF alike.
    public static SKFont Create(SKTypeface typeface, float size) => new(typeface, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
    };
}
