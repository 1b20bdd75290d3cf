using BorderMap.Core.Styling;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The shared map style (<see cref="MapStyle"/>, map-style.json) as the renderer uses it: colours
/// parsed once, and the line widths of the style's <c>lines</c> section. Widths in the style are CSS
/// pixels, as on screen; <see cref="Px"/> turns them into points at the CSS ratio (96 px per inch),
/// so an export at 96 dpi has exactly the web map's proportions.
/// </summary>
internal sealed class RenderStyle
{
    private static readonly Lazy<RenderStyle> Shared = new(() => new RenderStyle(MapStyle.Default));

    private readonly Dictionary<string, SKColor> _categoryColours;
    private readonly IReadOnlyDictionary<string, float> _lines;

    private RenderStyle(MapStyle style)
    {
        Style = style;
        _lines = style.Lines;
        _categoryColours = style.Categories.ToDictionary(c => c.Id, c => SKColor.Parse(c.Color), StringComparer.Ordinal);
    }

    public static RenderStyle Default => Shared.Value;

    public MapStyle Style { get; }

    public static float Px(float cssPixels) => cssPixels * 0.75f;

    public SKColor Area(string key) => SKColor.Parse(Style.Areas[key]);

    public SKColor CategoryColour(string category) => _categoryColours[category];

    /// <summary>A width from the style's <c>lines</c> section, in points.</summary>
    public float Line(string key) => Px(_lines[key]);
}
