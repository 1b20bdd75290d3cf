namespace BorderMap.Core.Extraction;

/// <summary>Counts words without splitting a string: for gaps and lines asked of every name found, most of them too long to matter.</summary>
internal static class WordCount
{
    /// <summary>How many words <c>Split(breaks, RemoveEmptyEntries)</c> would give.</summary>
    public static int Of(ReadOnlySpan<char> text, ReadOnlySpan<char> breaks)
    {
        var (count, inWord) = (0, false);
        foreach (var c in text)
        {
            var isBreak = breaks.Contains(c);
            count += !isBreak && !inWord ? 1 : 0;
            inWord = !isBreak;
        }

        return count;
    }
}
