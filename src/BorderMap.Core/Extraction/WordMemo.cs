using System.Collections.Concurrent;

namespace BorderMap.Core.Extraction;

/// <summary>
/// A pure function of a word (its folded key, its consonants, whether it is a people's adjective), remembered for the words read: the finder asks it of every word of a
/// text, often several times, and texts repeat their words, so a word met again is looked up instead of being transliterated and
/// rewritten again. Bounded: emptied when full, so that it never grows with the texts read. Thread-safe.
/// </summary>
internal sealed class WordMemo<T>(Func<string, T> of)
{
    private const int MaxWords = 50_000;

    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    public T Of(string word)
    {
        if (_known.TryGetValue(word, out var known))
        {
            return known;
        }

        if (_known.Count >= MaxWords)
        {
            _known.Clear();
        }

        return _known[word] = of(word);
    }
}
