namespace BorderMap.Core.Extraction;

/// <summary>
/// The plain past of "to arm" ("Local commanders armed some 250 young men", "Kommandeure bewaffneten am Donnerstag etwa 250 junge Männer")
/// is written as the adjective is ("armed men", "bewaffnete Männer", "die bewaffneten Kämpfer"): it is the verb only where a word that
/// starts no noun phrase follows it, the count itself, its qualifier, or a time or place said before the count. Read on the lower-case
/// sentence.
/// </summary>
internal static class PlainPastArming
{
    // Declared before Verbs, whose initialiser reads it.
    private static readonly HashSet<string> GermanFollowers = new(StringComparer.Ordinal)
    {
        "am", "im", "in", "an", "bei", "nach", "seit", "dort", "gestern", "etwa", "rund", "fast", "beinahe", "knapp", "ungefähr", "mehr", "mindestens",
        "bis", "über", "insgesamt", "hunderte", "tausende", "dutzende",
    };

    private static readonly (string Verb, HashSet<string> Followers)[] Verbs =
    [
        (" armed ", new(StringComparer.Ordinal) { "some", "about", "around", "roughly", "nearly", "almost", "more", "over", "up", "at", "as", "hundreds", "thousands", "dozens" }),
        (" bewaffneten ", GermanFollowers),
        (" bewaffnete ", GermanFollowers),
    ];

    /// <summary>Whether a sentence (lower case) arms people with the plain past of the verb.</summary>
    public static bool Said(string lower)
    {
        foreach (var (verb, followers) in Verbs)
        {
            for (var at = lower.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                var next = NextWord(lower, at + verb.Length);
                if (next.Length > 0 && (char.IsDigit(next[0]) || followers.Contains(next)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string NextWord(string lower, int from)
    {
        var end = from;
        while (end < lower.Length && (char.IsLetterOrDigit(lower[end]) || lower[end] is '.' or ','))
        {
            end++;
        }

        return lower[from..end].TrimEnd('.', ',');
    }
}
