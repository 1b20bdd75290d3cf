namespace BorderMap.Core.Geocoding;

/// <summary>
/// A text's words as strings, for the cue rules, which look up the same few words around each name many times over (the words
/// before and after it, for its kind, its list, its verb): the words asked last are kept by position, those of the last few hundred
/// characters, so that a word read again is not copied again. Kept per thread, for one text at a time (a new text empties them), so thread-safe and bounded; the
/// finder releases them once a text is read, so that a thread's tables hold no text (a whole article) after its reading.
/// </summary>
internal static class WordCopies
{
    // A power of two: a position's slot is its low bits. The rules read words on both sides of a name, up to a clause's length away, so
    // the slots span more characters than that: two words whose starts lie a span apart share a slot and would copy each other out.
    private const int Slots = 256;

    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static (int Start, string? Word)[]? _words;

    [ThreadStatic]
    private static (int Start, string? Word)[]? _lowered;

    public static string Of(string text, Token token)
    {
        ref var slot = ref SlotOf(text, token, ref _words);
        if (slot.Word is { } known && slot.Start == token.Start && known.Length == token.Length)
        {
            return known;
        }

        var word = text.Substring(token.Start, token.Length);
        slot = (token.Start, word);
        return word;
    }

    /// <summary>The word in lower case (invariant culture), kept as the copies are: the cue rules compare most words in lower case.</summary>
    public static string Lower(string text, Token token)
    {
        ref var slot = ref SlotOf(text, token, ref _lowered);
        if (slot.Word is { } known && slot.Start == token.Start && known.Length == token.Length)
        {
            return known;
        }

        var lower = Of(text, token).ToLowerInvariant();
        slot = (token.Start, lower);
        return lower;
    }

    /// <summary>Forgets the thread's text and its words: called once a text is read, so that neither outlives its reading.</summary>
    public static void Release()
    {
        _text = null;
        if (_words is not null)
        {
            Array.Clear(_words);
            Array.Clear(_lowered!);
        }
    }

    // The slot of a word's position in one of the thread's tables; both tables are emptied when a new text is read.
    private static ref (int Start, string? Word) SlotOf(string text, Token token, ref (int Start, string? Word)[]? table)
    {
        if (!ReferenceEquals(_text, text))
        {
            Release();
            _words ??= new (int, string?)[Slots];
            _lowered ??= new (int, string?)[Slots];
            _text = text;
        }

        // Both tables were made above, on the thread's first text.
        return ref table![token.Start & (Slots - 1)];
    }
}
