using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The words of the clause right before or right after a name, read from a bounded window whatever the sentence's length: what
/// <see cref="BaseOrigin"/> and <see cref="AirportOrigin"/> look for a base or an airport in. Asked twice by each for nearly every
/// place mention of a text, so the words are ranges of the text kept in the caller's stack buffer: nothing is copied.
/// </summary>
internal static class ClauseWindow
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(".,;!?،؛؟۔\n");

    /// <summary>How many words a window of <paramref name="window"/> characters can hold: each word has a letter and a break at least.</summary>
    public static int MaxWords(int window) => (window / 2) + 1;

    /// <summary>The words between the last clause break within <paramref name="window"/> characters before <paramref name="start"/> and it.</summary>
    /// <param name="words">A buffer of <see cref="MaxWords"/> ranges.</param>
    public static ClauseWords Before(string text, int start, int window, SearchValues<char> separators, Span<Range> words)
    {
        var before = text.AsSpan(Math.Max(0, start - window), Math.Min(start, window));
        return Split(before[(before.LastIndexOfAny(ClauseBreaks) + 1)..], separators, words);
    }

    /// <summary>The words from <paramref name="end"/> to the next clause break within <paramref name="window"/> characters.</summary>
    /// <param name="words">A buffer of <see cref="MaxWords"/> ranges.</param>
    public static ClauseWords After(string text, int end, int window, SearchValues<char> separators, Span<Range> words)
    {
        var after = text.AsSpan(end, Math.Min(text.Length, end + window) - end);
        var clauseLength = after.IndexOfAny(ClauseBreaks);
        return Split(clauseLength < 0 ? after : after[..clauseLength], separators, words);
    }

    // The clause's words between separators, no empty ones, as string.Split with RemoveEmptyEntries gives them.
    private static ClauseWords Split(ReadOnlySpan<char> clause, SearchValues<char> separators, Span<Range> words)
    {
        var count = 0;
        for (var at = 0; at < clause.Length;)
        {
            var length = clause[at..].IndexOfAny(separators);
            var wordEnd = length < 0 ? clause.Length : at + length;
            if (wordEnd > at)
            {
                words[count++] = new Range(at, wordEnd);
            }

            at = wordEnd + 1;
        }

        return new ClauseWords(clause, words[..count]);
    }
}
