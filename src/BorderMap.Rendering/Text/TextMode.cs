namespace BorderMap.Rendering.Text;

/// <summary>How shaped text reaches the output.</summary>
internal enum TextMode
{
    /// <summary>Glyphs of the embedded fonts (PNG pixels; PDF text with font subsets, so it can be searched and copied).</summary>
    Glyphs,

    /// <summary>
    /// SVG text elements, except right-to-left runs, which are written as outlines: an SVG viewer
    /// re-shapes and re-orders the characters of a text element with its own fonts, which would undo
    /// HarfBuzz's Perso-Arabic joining.
    /// </summary>
    GlyphsExceptRightToLeft,

    /// <summary>Every glyph as a path: exact everywhere, with no dependency on fonts in the viewer.</summary>
    Outlines,
}
