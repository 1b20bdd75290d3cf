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
        "مسجد", "جومات", "زیارتگاه", "مدرسه", "مدرسة", "ضريح",
    };

    // The small words between a building word and a name it stands before: "la mosquée de l'Eidgah", "the mosque of".
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "de", "du", "d", "l", "la", "of", "the" };

    private const int MostLinks = 2;

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
