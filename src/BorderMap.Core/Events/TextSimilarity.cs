namespace BorderMap.Core.Events;

/// <summary>How alike two texts are, by their words: what near-duplicate detection and suggestions compare.</summary>
public static class TextSimilarity
{
    /// <summary>Jaccard overlap of word trigrams, 0 to 1: near 1 only when one text copies the other.</summary>
    public static double Trigrams(string a, string b) => Jaccard(Shingles(Words(a), 3), Shingles(Words(b), 3));

    /// <summary>Jaccard overlap of the content words (longer than three letters), 0 to 1: the texts speak of the same things.</summary>
    public static double Words(string a, string b) =>
        Jaccard([.. Words(a).Where(w => w.Length > 3)], [.. Words(b).Where(w => w.Length > 3)]);

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static HashSet<string> Shingles(List<string> words, int size) =>
        words.Count < size ? [string.Join(' ', words)] : [.. Enumerable.Range(0, words.Count - size + 1).Select(i => string.Join(' ', words.Skip(i).Take(size)))];

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
