using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BorderMap.Core;

/// <summary>
/// Answers remembered for the keys asked about lately, at most <paramref name="maxEntries"/> of
/// them: when full it starts over, which costs some answers again, not memory that grows with an
/// import. Thread-safe; two threads missing the same key may both compute it.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int maxEntries, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);

    /// <summary>
    /// Keys added since it last started over, counted apart: the dictionary's own <c>Count</c>
    /// takes every one of its locks, and asked at every miss it was 7 % of a PostGIS import's client
    /// CPU (perf, 100,000 claims), the preparing threads waiting on each other.
    /// </summary>
    private int _added;

    /// <summary>The remembered answer for a key given in another form that the comparer knows (a span of a string key), without making the key.</summary>
    public bool TryGet<TAlternate>(TAlternate key, [MaybeNullWhen(false)] out TValue value)
        where TAlternate : notnull, allows ref struct =>
        _values.GetAlternateLookup<TAlternate>().TryGetValue(key, out value);

    /// <summary>The remembered answer for <paramref name="key"/>, or <paramref name="compute"/>'s, remembered.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        if (_values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (Interlocked.Increment(ref _added) > maxEntries)
        {
            _values.Clear();
            Interlocked.Exchange(ref _added, 1);
        }

        _values.TryAdd(key, value);
        return value;
    }
}
