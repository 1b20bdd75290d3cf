namespace BorderMap.Rendering.Text;

/// <summary>How shaped text reaches the output.</summary>
internal enum TextMode
{
    /// <summary>Glyphs of the embedded fonts (PNG pixels; PDF text with font subsets, so it can be searched and copied).</summary>
    Glyphs,

    /// <summary>
    /// SVG: every glyph drawn as a path, so the page looks the same in every viewer whether or not
    /// it has the fonts (a viewer that substitutes a font for a text element changes the text's
    /// width, and long lines then run off the page), with each left-to-right line also written as
    /// an invisible text element over its outlines, so the text can still be searched, selected and
    /// read by screen readers. Outlines rather than an embedded font subset: Skia's SVG device
    /// cannot embed fonts, and a viewer would still re-shape embedded-font text itself, undoing
    /// HarfBuzz's Perso-Arabic joining, which is why right-to-left runs get no text element.
    /// </summary>
    OutlinesWithHiddenText,

    /// <summary>Every glyph as a path: exact everywhere, with no dependency on fonts in the viewer.</summary>
    Outlines,
}
