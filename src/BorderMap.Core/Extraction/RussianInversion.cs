namespace BorderMap.Core.Extraction;

/// <summary>
/// Russian puts the noun before the number to say a count is approximate ("лежащий километрах в 90 к юго-западу", some 90 km to the
/// south-west; "человек 300", about 300 people). A unit word right before the number, or before the preposition that places it ("в",
/// "на"), is what the number counts, and the count is "about" (see <see cref="NumberFinder"/>).
/// </summary>
internal static class RussianInversion
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "в", "на" };

    private static readonly char[] Spaces = [' ', '\u00A0'];

    // The noun and the words before it: a preposition, the noun, and the word before the noun.
    private const int WordsLookedAt = 4;

    // Characters enough to hold those words.
    private const int LookBack = 80;

    /// <summary>
    /// The unit of the noun written before a number in Russian, if any. Not after a qualifier ("в районе 30", about 30), and not of a noun
    /// that a number before it counts ("из 28 уездов 20", 20 of the 28 districts).
    /// </summary>
    public static string? UnitBefore(string lower, int start, string? language)
    {
        if (language != "ru" || start == 0 || lower[start - 1] != ' ' || NumberQualifiers.QualifierBefore(lower[..start], language) is not null)
        {
            return null;
        }

        var words = lower[Math.Max(0, start - LookBack)..start].Split(Spaces, StringSplitOptions.RemoveEmptyEntries).TakeLast(WordsLookedAt).ToList();
        if (words.Count > 0 && Prepositions.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || !words[^1].All(char.IsLetter) || (words.Count > 1 && words[^2].Any(char.IsDigit)))
        {
            return null;
        }

        return NumberWords.Unit(words[^1], language);
    }
}
