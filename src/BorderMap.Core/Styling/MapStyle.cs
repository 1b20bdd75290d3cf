using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Core.Styling;

/// <summary>
/// The one style definition shared by the web map and the export renderer, so a claim looks the
/// same on screen and on paper. It ships embedded in this assembly as <c>map-style.json</c>.
/// <see cref="Lines"/> holds line widths and the symbol radius in CSS pixels.
/// </summary>
public sealed record MapStyle(
    IReadOnlyList<CategoryStyle> Categories,
    IReadOnlyDictionary<string, string> Areas,
    IReadOnlyDictionary<string, string> GeoPrecision,
    IReadOnlyDictionary<string, float> Lines)
{
    private static readonly Lazy<MapStyle> Shared = new(Load);

    public static MapStyle Default => Shared.Value;

    public CategoryStyle For(string category) => Categories.First(c => c.Id == category);

    private static MapStyle Load()
    {
        using var stream = typeof(MapStyle).Assembly.GetManifestResourceStream("BorderMap.Core.Styling.map-style.json")
            ?? throw new InvalidOperationException("map-style.json is not embedded in BorderMap.Core.");
        var style = JsonSerializer.Deserialize<MapStyle>(stream, Geodata.JsonFile.Options)
            ?? throw new InvalidOperationException("map-style.json is empty.");
        var missing = ClaimVocabulary.Categories.Except(style.Categories.Select(c => c.Id)).ToList();
        return missing.Count == 0 ? style : throw new InvalidOperationException($"map-style.json has no style for {string.Join(", ", missing)}.");
    }
}

/// <summary>How one claim category is drawn: a colour and a marker symbol (circle, square, triangle, diamond, star, cross, hexagon).</summary>
public sealed record CategoryStyle(string Id, string Label, string Color, string Symbol);
