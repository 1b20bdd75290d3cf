namespace BorderMap.Core.Extraction;

/// <summary>
/// Kilometres that measure a distance from a place rather than a length along it: "about 15 km from the Tajik border", "15 Kilometer
/// von der Grenze entfernt", "à une quinzaine de kilomètres de la frontière", "в 15 км от границы", "15 километр дуртар аз сарҳад",
/// "۱۵ کیلومتری مرز", "له پولې ۱۵ کیلومتره لرې", "على بعد 15 كيلومترا من الحدود", "سرحد سے 15 کلومیٹر دور", "15 km dari perbatasan". A
/// sentence that speaks of a border reads its kilometres as the border's length unless they measure such a distance. Three signs, in
/// every language: a word for "from" right after the unit, a word for "away" within a few words after it, or a word for "at a distance
/// of" or "within" right before the number or its qualifier ("à environ 15 km"; not "aider à garder les 1 357 km de frontière"); Persian and Dari write the distance as the unit's adjective in -ی before the place
/// ("کیلومتری مرز"), while a border's length follows the border ("مرز ۱۳۴۴ کیلومتری"). All lower case.
/// </summary>
internal static class KilometreDistance
{
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal) { "from", "off", "von", "vom", "от", "dari" };

    private static readonly HashSet<string> AwayWords = new(StringComparer.Ordinal) { "away", "entfernt", "дур", "дуртар", "دور", "دورتر", "لرې", "لری", "jauhnya" };

    private static readonly HashSet<string> AtDistanceWords = new(StringComparer.Ordinal)
    {
        "within", "distance", "entfernung", "à", "расстоянии", "масофаи", "فاصله", "فاصلهٔ", "واټن", "بعد", "مسافة", "فاصلے", "jarak", "berjarak",
    };

    private const int AwayReach = 3;

    /// <summary>Whether kilometres counted at a number measure a distance: <paramref name="before"/> is the text before the number,
    /// <paramref name="after"/> the words after it, and the unit word the first of them from <paramref name="from"/> that names kilometres.</summary>
    public static bool Measures(string before, List<string> after, int from, string? language)
    {
        var unit = after.FindIndex(from, w => NumberWords.Unit(w, language) == "km");
        if (unit >= 0 && unit + 1 < after.Count
            && (FromWords.Contains(after[unit + 1]) || after.Skip(unit + 1).Take(AwayReach).Any(AwayWords.Contains)
                || (after[unit].EndsWith('ی') && NumberWords.Border.Any(b => after[unit + 1].StartsWith(b, StringComparison.Ordinal)))))
        {
            return true;
        }

        var words = NumberQualifiers.WithoutQualifierBefore(before, language).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && AtDistanceWords.Contains(words[^1]);
    }
}
