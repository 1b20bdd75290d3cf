using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Words for a building that bears a name of its own: a mosque, a shrine, a madrasa. Mosques are named after the prayer ground, a
/// saint or a quarter, and such a name may also be a town's far away: "beside the Eidgah mosque" in Kandahar, "masjid Eidgah", "мечети
/// Идгах", "масҷиди Идгоҳ", "la mosquée de l'Eidgah" are no Eidgah of Gilgit-Baltistan. The word stands right after the name
/// (English word order) or before it, with at most two small words between ("de l'").
/// </summary>
public static class LandmarkWords
{
    private static readonly HashSet<string> Buildings = new(StringComparer.Ordinal)
    {
        "mosque", "mosques", "shrine", "madrasa", "madrassa", "moschee", "schrein", "masjid", "makam", "mosquée", "sanctuaire", "mausolée",
        "мечеть", "мечети", "мечетью", "мечетей", "мавзолей", "мавзолея", "масҷид", "масҷиди", "мақбара", "мақбараи",
        "مسجد", "جومات", "زیارت", "زیارتگاه", "مدرسه", "مدرسة", "ضريح",
    };

    /// <summary>Whether a word (in lower case) is a word for a mosque, shrine or madrasa.</summary>
    public static bool IsBuildingWord(string word) => Buildings.Contains(word);

    // The small words between a building word and a name it stands before: "la mosquée de l'Eidgah", "the mosque of".
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "de", "du", "d", "l", "la", "of", "the" };

    private const int MostLinks = 2;

    // A base's or camp's word right before its name ("Camp Shorabak", "le camp Shorabak", "из лагеря «Шорабак»", "лагери Шорабак",
    // "کمپ شورابک", "معسكر شورابك", "کیمپ شورابک"), written as in each language. English writes "Camp" as part of the name.
    private static readonly HashSet<string> CampsBefore = new(StringComparer.Ordinal)
    {
        "Camp", "camp", "лагерь", "лагеря", "лагере", "лагерю", "лагерем", "лагери", "лагер", "کمپ", "معسكر", "کیمپ",
    };

    // Pashto puts the camp word after the name ("له شورابک کمپ څخه", from Camp Shorabak).
    private static readonly HashSet<string> CampsAfter = new(StringComparer.Ordinal) { "کمپ", "کیمپ" };

    /// <summary>
    /// Whether the name of tokens <paramref name="first"/>..<paramref name="last"/> is a camp's or base's, by the camp word right beside
    /// it: a base named after a place ("Camp Shorabak" in Helmand, named after a district of Kandahar) is not that place. A camp the
    /// gazetteer holds is found whole by its name ("Camp Marmal").
    /// </summary>
    public static bool NamesCamp(string text, List<Token> tokens, int first, int last) =>
        (first > 0 && CampsBefore.Contains(WordCopies.Of(text, tokens[first - 1])) && SideBySide(text, tokens[first - 1], tokens[first]))
        || (last + 1 < tokens.Count && NameTokens.IsArabicScript(text[tokens[last].Start]) && CampsAfter.Contains(WordCopies.Of(text, tokens[last + 1]))
            && SideBySide(text, tokens[last], tokens[last + 1]));

    // Only spaces and quotation marks stand between a camp word and its name ("лагеря «Шорабак»").
    private static bool SideBySide(string text, Token before, Token after) =>
        text.AsSpan(before.Start + before.Length, after.Start - before.Start - before.Length).Trim(" \u00A0«»\"“”„").IsEmpty;

    /// <summary>Whether a building word stands beside the name of tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public static bool Beside(string text, List<Token> tokens, int first, int last)
    {
        if (last + 1 < tokens.Count && Buildings.Contains(WordCopies.Lower(text, tokens[last + 1])))
        {
            return true;
        }

        for (var at = first - 1; at >= 0 && first - at <= MostLinks + 1; at--)
        {
            var word = WordCopies.Lower(text, tokens[at]);
            if (Buildings.Contains(word))
            {
                return true;
            }

            if (!Links.Contains(word))
            {
                return false;
            }
        }

        return false;
    }
}
