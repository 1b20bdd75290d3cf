using System.Collections.Concurrent;
using BorderMap.Core.Search;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The folded keys of words read (<see cref="NameFolding.Fold"/>): the finder folds every word of a text to test it as a name, and texts
/// repeat their words, so a word met again is looked up instead of being transliterated and rewritten again. Bounded: emptied when
/// full, so that it never grows with the texts read. Thread-safe.
/// </summary>
internal static class FoldedWords
{
    private const int MaxWords = 50_000;

    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    public static string Of(string word)
    {
        if (Keys.TryGetValue(word, out var known))
        {
            return known;
        }

        if (Keys.Count >= MaxWords)
        {
            Keys.Clear();
        }

        return Keys[word] = NameFolding.Fold(word);
    }
}
