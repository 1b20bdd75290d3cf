namespace BorderMap.Core.Extraction;

/// <summary>
/// Kilometres that measure a distance from a place rather than a length along it: "about 15 km from the Tajik border", "15 Kilometer
/// von der Grenze entfernt", "à une quinzaine de kilomètres de la frontière", "в 15 км от границы", "15 километр дуртар аз сарҳад",
/// "۱۵ کیلومتری مرز", "له پولې ۱۵ کیلومتره لرې", "على بعد 15 كيلومترا من الحدود", "سرحد سے 15 کلومیٹر دور", "15 km dari perbatasan". A
/// sentence that speaks of a border reads its kilometres as the border's length unless they measure such a distance. Four signs, in
/// every language: a word for "from", "to" or "inside" right after the unit, a word for "away" or a compass direction within a few words after it ("60 km
/// north of Khorugh", "60 km nördlich", "à 60 km au nord", "в 60 км к северу", "خوروغ سے 60 کلومیٹر شمال میں": a border's length has no
/// direction), or a word for "at a distance
/// of" or "within" right before the number or its qualifier ("à environ 15 km"; not "aider à garder les 1 357 km de frontière"); Persian and Dari write the distance as the unit's adjective in -ی before the place
/// ("کیلومتری مرز"), while a border's length follows the border ("مرز ۱۳۴۴ کیلومتری"). All lower case.
/// </summary>
internal static class KilometreDistance
{
    // "from" and its kin, "to", "into", "inside", "beyond", "behind" ("60 km to the border", "60 km inside Afghanistan", "60 km hinter der
    // Grenze", "в 60 км до границы", "۶۰ کیلومتر تا مرز", "60 کلومیٹر اندر"): a length along a border is never measured toward or past a place.
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal)
    {
        "from", "off", "von", "vom", "от", "dari", "to", "into", "inside", "beyond", "behind", "hinter", "jenseits", "bis", "ins", "avant", "derrière",
        "au-delà", "до", "за", "вглубь", "ke", "sebelum", "то", "تا", "اندر",
    };

    private static readonly HashSet<string> AwayWords = new(StringComparer.Ordinal) { "away", "entfernt", "дур", "дуртар", "دور", "دورتر", "لرې", "لری", "jauhnya" };

    private static readonly HashSet<string> AtDistanceWords = new(StringComparer.Ordinal)
    {
        "within", "distance", "entfernung", "à", "расстоянии", "масофаи", "فاصله", "فاصلهٔ", "واټن", "بعد", "مسافة", "فاصلے", "jarak", "berjarak",
    };

    // The compass points as a word of their own after the unit; French "est" (is) and Arabic "شمالي" (northern) also describe a border, so
    // only "au nord", "à l'est" forms are French and only the bare nouns Perso-Arabic.
    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northward", "southward",
        "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich",
        "nord", "sud", "l'est", "l'ouest", "l’est", "l’ouest", "ouest", "utara", "selatan", "timur", "barat",
        "севернее", "южнее", "восточнее", "западнее", "северу", "югу", "востоку", "западу", "северо", "юго",
        "шимол", "шимоли", "ҷануб", "ҷануби", "шарқ", "шарқи", "ғарб", "ғарби", "шимолтар", "ҷанубтар",
        "شمال", "جنوب", "شرق", "غرب", "ختیځ", "لوېدیځ", "سویل", "مشرق", "مغرب",
    };

    private const int AwayReach = 3;

    /// <summary>Whether kilometres counted at a number measure a distance: <paramref name="before"/> is the text before the number,
    /// <paramref name="after"/> the words after it, and the unit word the first of them from <paramref name="from"/> that names kilometres.</summary>
    public static bool Measures(string before, List<string> after, int from, string? language)
    {
        var unit = after.FindIndex(from, w => NumberWords.Unit(w, language) == "km");
        if (unit >= 0 && unit + 1 < after.Count
            && (FromWords.Contains(after[unit + 1]) || after.Skip(unit + 1).Take(AwayReach).Any(w => AwayWords.Contains(w) || CompassWords.Contains(w))
                || (after[unit].EndsWith('ی') && NumberWords.Border.Any(b => after[unit + 1].StartsWith(b, StringComparison.Ordinal)))))
        {
            return true;
        }

        var words = NumberQualifiers.WithoutQualifierBefore(before, language).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && AtDistanceWords.Contains(words[^1]);
    }
}
