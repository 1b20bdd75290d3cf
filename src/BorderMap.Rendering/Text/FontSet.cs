using SkiaSharp;

namespace BorderMap.Rendering.Text;

/// <summary>
/// The typefaces every export draws with, loaded once from the font files embedded in this
/// assembly (see Fonts/README.md). No system font is ever consulted, so an export looks the same
/// on every machine. <see cref="SKTypeface"/> is immutable, so the set is safe to share between threads.
/// </summary>
internal sealed class FontSet
{
    private static readonly Lazy<FontSet> Shared = new(() => new FontSet());

    private FontSet()
    {
        var latin = Load("NotoSans-Regular.ttf");
        var latinBold = Load("NotoSans-Bold.ttf");
        var latinItalic = Load("NotoSans-Italic.ttf");
        var arabic = Load("NotoNaskhArabic-Regular.ttf");
        var arabicBold = Load("NotoNaskhArabic-Bold.ttf");
        var fallback = Load("DejaVuSans.ttf");

        // Per weight, the order in which typefaces are asked for a character: Noto Sans for Latin,
        // Greek and Cyrillic, Noto Naskh Arabic for Persian and Pashto, DejaVu Sans for symbols
        // neither has. Perso-Arabic has no italic, so italic text falls back to upright Naskh.
        Chains = new Dictionary<FontWeight, IReadOnlyList<SKTypeface>>
        {
            [FontWeight.Regular] = [latin, arabic, fallback],
            [FontWeight.Bold] = [latinBold, arabicBold, fallback],
            [FontWeight.Italic] = [latinItalic, arabic, fallback],
        };
    }

    public static FontSet Default => Shared.Value;

    public IReadOnlyDictionary<FontWeight, IReadOnlyList<SKTypeface>> Chains { get; }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(FontSet).Assembly.GetManifestResourceStream("BorderMap.Rendering.Fonts." + file)
            ?? throw new InvalidOperationException($"Font {file} is not embedded in BorderMap.Rendering.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Font {file} could not be read.");
    }
}
