namespace BorderMap.Core.Geocoding;

/// <summary>
/// A text's words as strings, for the cue rules, which look up the same few words around each name many times over (the words
/// before and after it, for its kind, its list, its verb): the words asked last are kept by position, a few dozen, so that a word
/// read again is not copied again. Kept per thread, for one text at a time (a new text empties them), so thread-safe and bounded.
/// </summary>
internal static class WordCopies
{
    private const int Slots = 64; // a power of two: a position's slot is its low bits

    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static (int Start, string? Word)[]? _words;

    public static string Of(string text, Token token)
    {
        var words = _words ??= new (int, string?)[Slots];
        if (!ReferenceEquals(_text, text))
        {
            Array.Clear(words);
            _text = text;
        }

        ref var slot = ref words[token.Start & (Slots - 1)];
        if (slot.Word is { } known && slot.Start == token.Start && known.Length == token.Length)
        {
            return known;
        }

        var word = text.Substring(token.Start, token.Length);
        slot = (token.Start, word);
        return word;
    }
}
