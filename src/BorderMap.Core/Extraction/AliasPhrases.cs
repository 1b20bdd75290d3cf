namespace BorderMap.Core.Extraction;

/// <summary>
/// The words between two names that make the second another name of the first, of the same kind: "the Panj, known in Russian as
/// the Пяндж", "the Panj (Пяндж)", "Pyandzh, auch Pjandsch genannt".
/// </summary>
internal static class AliasPhrases
{
    // "the Panj, known in Russian as the Пяндж", "the Panj (Пяндж)": the second name is another name of the first, of the same kind.
    public static bool IsAlias(ReadOnlySpan<char> between)
    {
        // Asked of the text between every two names found in a row, most of them sentences apart: the gap is read in place, and only
        // as far as one word more than an alias has. Lowering keeps every break where it was, so the words are found before it.
        Span<Range> words = stackalloc Range[MaxAliasWords + 2];
        var count = between.SplitAny(words, AliasWordBreaks, StringSplitOptions.RemoveEmptyEntries);
        if (count > MaxAliasWords)
        {
            return false;
        }

        var lower = between.Length <= MaxAliasOnStack ? stackalloc char[between.Length] : new char[between.Length];
        between.ToLowerInvariant(lower);
        var first = lower[words[0]];
        if (count > 0 && first is "(")
        {
            return count == 1 || (count == 2 && lower[words[1]] is "the");
        }

        return count >= 2 && AliasWordLookup.Contains(first is "also" ? lower[words[1]] : first) && count - IndexOfAs(lower, words[..count]) <= 2;
    }

    // The first word "as", -1 when there is none, as Array.IndexOf answers.
    private static int IndexOfAs(ReadOnlySpan<char> lower, ReadOnlySpan<Range> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (lower[words[i]] is "as")
            {
                return i;
            }
        }

        return -1;
    }

    private const int MaxAliasOnStack = 256;

    private const int MaxAliasWords = 6;

    private static readonly char[] AliasWordBreaks = [' ', ',', '\u00A0'];

    private static readonly HashSet<string> AliasWords = new(StringComparer.Ordinal) { "known", "called", "named", "известный", "известная", "известной", "также", "auch", "genannt", "appelé", "appelée", "dit", "dite", "disebut", "dikenal" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasWordLookup = AliasWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
