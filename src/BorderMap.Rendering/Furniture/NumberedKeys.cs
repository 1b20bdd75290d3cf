using System.Globalization;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The quote panel's short keys, "S1", "S2" … for sources and "E1", "E2" … for events, by id. Plain
/// loops over string dictionaries: the LINQ these replace ran over value tuples and key-value pairs,
/// whose generic code is not in the ReadyToRun image, so every export compiled it at start.
/// </summary>
internal static class NumberedKeys
{
    /// <summary>Numbers the distinct ids in the order they first come: <paramref name="prefix"/>1, <paramref name="prefix"/>2 …</summary>
    public static Dictionary<string, string> Number(IEnumerable<string?> ids, string prefix)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (id is not null && !keys.ContainsKey(id))
            {
                keys[id] = prefix + (keys.Count + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return keys;
    }

    /// <summary>The keys whose id <paramref name="keep"/> holds.</summary>
    public static Dictionary<string, string> Only(Dictionary<string, string> keys, HashSet<string> keep)
    {
        var kept = new Dictionary<string, string>(keys.Comparer);
        foreach (var id in keys.Keys)
        {
            if (keep.Contains(id))
            {
                kept[id] = keys[id];
            }
        }

        return kept;
    }

    /// <summary>The ids in the order of their keys' numbers.</summary>
    public static string[] InOrder(IReadOnlyDictionary<string, string> keys)
    {
        var ids = keys.Keys.ToArray();
        Array.Sort(ids, (a, b) => Ordinal(keys[a]).CompareTo(Ordinal(keys[b])));
        return ids;
    }

    /// <summary>The event of each claim that belongs to one, by claim id.</summary>
    public static Dictionary<string, string> EventOfClaim(IReadOnlyList<ExportEvent> events)
    {
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var claim in e.ClaimIds)
            {
                eventOf.Add(claim, e.Id);
            }
        }

        return eventOf;
    }

    private static int Ordinal(string key) => int.Parse(key.AsSpan(1), CultureInfo.InvariantCulture);
}
