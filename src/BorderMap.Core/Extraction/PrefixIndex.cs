namespace BorderMap.Core.Extraction;

/// <summary>
/// Word beginnings ("военнослужащ", "réserviste", "سرباز") with what each stands for, grouped by their first letter, so that a word is
/// compared only with the beginnings that start as it does: a sentence's words are looked up one by one, and a list of two hundred
/// beginnings compared with every word was a good share of reading a count.
/// </summary>
internal sealed class PrefixIndex<T>
{
    private readonly Dictionary<char, (string Prefix, T Value)[]> _byFirstLetter;

    private readonly int _wholeWordUpTo;

    /// <param name="entries">The beginnings in the order they are tried: the first that begins a word wins.</param>
    /// <param name="wholeWordUpTo">Beginnings this short or shorter match whole words only ("km", not "kmh").</param>
    public PrefixIndex(IEnumerable<(string Prefix, T Value)> entries, int wholeWordUpTo = 0)
    {
        _byFirstLetter = entries.Where(e => e.Prefix.Length > 0).GroupBy(e => e.Prefix[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _wholeWordUpTo = wholeWordUpTo;
    }

    /// <summary>What the first beginning of <paramref name="word"/> stands for, if one begins it.</summary>
    public bool TryFirst(string word, out T value)
    {
        if (word.Length > 0 && _byFirstLetter.TryGetValue(word[0], out var entries))
        {
            foreach (var (prefix, found) in entries)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && (prefix.Length > _wholeWordUpTo || word.Length == prefix.Length))
                {
                    value = found;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }
}
