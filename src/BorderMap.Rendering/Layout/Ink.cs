using SkiaSharp;

namespace BorderMap.Rendering.Layout;

/// <summary>The neutral colours of the map furniture, taken from the web UI's chrome (styles.css).</summary>
internal static class Ink
{
    public static readonly SKColor Text = new(0x1b, 0x27, 0x31);
    public static readonly SKColor Muted = new(0x5b, 0x66, 0x70);
    public static readonly SKColor Rule = new(0xc9, 0xc4, 0xb8);
    public static readonly SKColor Box = new(255, 255, 255, 235);
    public static readonly SKColor Highlight = new(0xff, 0xf4, 0xd6);
}
