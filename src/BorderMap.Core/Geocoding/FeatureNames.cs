using System.Globalization;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// A curated feature with a proper name of its own ("the Friendship Bridge", "Camp Marmal") is written in each language with that
/// name, translated where the language translates it ("Persahabatan", "l'Amitié", "الصداقة", "دوستی") or spelt in the language's
/// script ("مارمال", "مرمل"), and the language's word for the kind of feature, in the order and with the linking that language
/// uses: "Friendship Bridge", "jembatan Persahabatan", "pont de l'Amitié", "пули Дӯстӣ", Persian "پل دوستی" and "کمپ مارمال"
/// (the kind word first, with the unwritten ezafe), Pashto "دوستۍ پل" and "مارمل کمپ" (the name first), Urdu "دوستی پل" and
/// "کیمپ مارمل", Arabic "جسر الصداقة" and "معسكر مرمل". <c>curated.tsv</c> states the proper name once per language, tagged with
/// the language and the English kind word (<c>fa-x-bridge=دوستی</c>); when the gazetteer is read each tagged name becomes the
/// composed names. The bare proper name is no name of the feature: "دوستی" alone is friendship, or the town of Dŭstí.
/// </summary>
public static class FeatureNames
{
    private const string Marker = "-x-";

    // The kind words, by English kind word and language, each a pattern for the proper name {0}.
    private static readonly Dictionary<string, Dictionary<string, string[]>> Patterns = new(StringComparer.Ordinal)
    {
        ["bridge"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["{0} Bridge"], ["fr"] = ["pont de {0}"], ["id"] = ["jembatan {0}"], ["ru"] = CrossingNames.RussianPatterns, ["tg"] = ["пули {0}"],
            ["fa"] = ["پل {0}"], ["ps"] = ["{0} پل"], ["ur"] = ["{0} پل", "پل {0}"], ["ar"] = ["جسر {0}"],
        },
        ["camp"] = new(StringComparer.Ordinal)
        {
            ["en"] = ["Camp {0}"], ["de"] = ["Camp {0}", "Feldlager {0}"], ["fr"] = ["camp {0}"], ["id"] = ["Camp {0}", "Kamp {0}"],
            ["ru"] = ["Кэмп {0}", "лагерь {0}"], ["tg"] = ["Кэмп {0}"], ["fa"] = ["کمپ {0}"], ["ps"] = ["{0} کمپ"], ["ur"] = ["کیمپ {0}"],
            ["ar"] = ["معسكر {0}"],
        },
    };

    /// <summary>Whether a names column tag is a proper name with a kind word (<c>fa-x-bridge</c>) rather than a language.</summary>
    public static bool IsProperNameTag(string tag) => tag.Contains(Marker, StringComparison.Ordinal);

    /// <summary>
    /// The names a proper name tagged <paramref name="tag"/> (<c>language-x-kind word</c>) composes, or null when BorderMap has no
    /// such kind word in that language (<see cref="Known"/>).
    /// </summary>
    public static IReadOnlyList<PlaceName>? Compose(string tag, string properName)
    {
        var marker = tag.IndexOf(Marker, StringComparison.Ordinal);
        var language = tag[..marker];
        return Patterns.TryGetValue(tag[(marker + Marker.Length)..], out var byLanguage) && byLanguage.TryGetValue(language, out var patterns)
            ? [.. patterns.Select(p => new PlaceName(language, string.Format(CultureInfo.InvariantCulture, p, properName)))]
            : null;
    }

    /// <summary>The tags <see cref="Compose"/> knows, for an error message.</summary>
    public static string Known => string.Join(", ", Patterns.SelectMany(k => k.Value.Keys.Select(language => $"{language}{Marker}{k.Key}")));
}
