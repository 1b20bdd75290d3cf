namespace BorderMap.Core.Extraction;

/// <summary>
/// Two numbers that make a range ("200 to 300 refugees", "200–300", "between 200 and 300", "от 200 до 300", "۲۰۰ تا ۳۰۰", "200 سے 300 تک"):
/// the first is read as "at-least" and the second as "up-to", both counting what follows the second. A word for "and" joins a range
/// only after a word for "between" ("entre 200 et 300", "بين 200 و300"): "killed 20 and wounded 30" are two counts. All lower case.
/// </summary>
internal static class NumberRanges
{
    public const string LowQualifier = "at-least";

    public const string HighQualifier = "up-to";

    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "-", "–", "—", "‒" };

    // Words that join a range's two numbers by themselves, per language. Pashto closes "from" after the low end before "to" ("له ۳۰۰ څخه تر
    // ۴۰۰", "له ۳۰۰ نه تر ۴۰۰", from 300 to 400): the postposition and "to" join as "to" alone does.
    private static readonly Dictionary<string, string[]> Joiners = new(StringComparer.Ordinal)
    {
        ["id"] = ["sampai", "hingga"],
        ["de"] = ["bis"],
        ["en"] = ["to"],
        ["ru"] = ["до"],
        ["tg"] = ["то"],
        ["fa"] = ["تا"],
        ["ps"] = ["تر", "څخه تر", "نه تر"],
        ["ar"] = ["إلى", "الى"],
        ["ur"] = ["سے"],
        ["fr"] = ["à"],
    };

    // "And", which joins a range after "between": per language, the word for "and" and the words for "between".
    private static readonly Dictionary<string, (string And, string[] Between)> Between = new(StringComparer.Ordinal)
    {
        ["id"] = ("dan", ["antara"]),
        ["de"] = ("und", ["zwischen"]),
        ["en"] = ("and", ["between"]),
        ["ru"] = ("и", ["между"]),
        ["tg"] = ("ва", ["байни"]),
        ["fa"] = ("و", ["بین", "میان"]),
        ["ar"] = ("و", ["بين", "ما بين"]),
        ["fr"] = ("et", ["entre"]),
    };

    /// <summary>Whether the text between two numbers, and the text before the first, make them a range.</summary>
    public static bool Joins(string lower, int firstStart, int firstEnd, int secondStart, string? language)
    {
        if (secondStart < firstEnd)
        {
            return false;
        }

        var between = lower.AsSpan(firstEnd, secondStart - firstEnd).Trim();
        if (between.Length == 0)
        {
            return false;
        }

        var joiner = between.ToString();
        if (Dashes.Contains(joiner))
        {
            return true;
        }

        foreach (var (lang, words) in Joiners)
        {
            if ((language is null || language == lang) && words.Contains(joiner))
            {
                return true;
            }
        }

        return BetweenAnd(lower, firstStart, joiner, language);
    }

    private static bool BetweenAnd(string lower, int firstStart, string joiner, string? language)
    {
        foreach (var (lang, (and, betweenWords)) in Between)
        {
            if ((language is null || language == lang) && joiner == and)
            {
                var before = lower[..firstStart].TrimEnd();
                return betweenWords.Any(b => before.EndsWith(b, StringComparison.Ordinal) && (before.Length == b.Length || !char.IsLetter(before[^(b.Length + 1)])));
            }
        }

        return false;
    }
}
