using System.Buffers;
using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// Finds keys within a small edit distance of a query without comparing it with every key: keys are
/// indexed by their character bigrams, and since one edit changes at most two bigrams, only keys that
/// share at least (bigrams − 2·k) of the query's bigrams are checked with <see cref="EditDistance"/>.
/// Thread-safe: each query rents its own counters.
/// </summary>
internal sealed class FuzzyKeyIndex
{
    private readonly IReadOnlyList<string> _keys;
    private readonly Dictionary<int, int[]> _postings;

    public FuzzyKeyIndex(IReadOnlyList<string> keys)
    {
        _keys = keys;
        var lists = new Dictionary<int, List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            foreach (var bigram in Bigrams(keys[i]))
            {
                if (!lists.TryGetValue(bigram, out var list))
                {
                    lists[bigram] = list = [];
                }

                list.Add(i);
            }
        }

        _postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The keys within <paramref name="maxDistance"/> edits of <paramref name="query"/>, with their distance.</summary>
    public List<(string Key, int Distance)> Within(string query, int maxDistance)
    {
        var found = new List<(string, int)>();
        var bigrams = Bigrams(query);
        var needed = Math.Max(1, bigrams.Count - (2 * maxDistance));
        var counts = ArrayPool<byte>.Shared.Rent(_keys.Count);
        Array.Clear(counts, 0, _keys.Count);
        try
        {
            foreach (var bigram in bigrams)
            {
                if (!_postings.TryGetValue(bigram, out var keys))
                {
                    continue;
                }

                foreach (var i in keys)
                {
                    if (++counts[i] == needed && Math.Abs(_keys[i].Length - query.Length) <= maxDistance
                        && EditDistance.Of(query, _keys[i]) is var distance && distance <= maxDistance)
                    {
                        found.Add((_keys[i], distance));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(counts);
        }

        return found;
    }

    private static HashSet<int> Bigrams(string key)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < key.Length; i++)
        {
            set.Add((key[i] << 16) | key[i + 1]);
        }

        return set;
    }
}
