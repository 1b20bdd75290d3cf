namespace BorderMap.Core.Extraction;

/// <summary>The words of a clause, in text order, as spans of it.</summary>
internal readonly ref struct ClauseWords(ReadOnlySpan<char> clause, Span<Range> words)
{
    private readonly ReadOnlySpan<char> _clause = clause;
    private readonly Span<Range> _words = words;

    public int Length => _words.Length;

    public ReadOnlySpan<char> this[int index] => _clause[_words[index]];
}
