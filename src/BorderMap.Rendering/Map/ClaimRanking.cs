using BorderMap.Core.Areas;
using BorderMap.Core.Claims;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The order in which an export numbers its claims; the quote panel lists them in this order until
/// it is full, so the claims a reader most needs get numbers first:
/// <list type="number">
/// <item>the selected claim;</item>
/// <item>claims about what the map is of: in a region export, claims whose areas are the region or
/// lie in it; otherwise claims in a focus area (Tajikistan and its regions, Badakhshan, Takhar,
/// Kandahar, Helmand);</item>
/// <item>the most recent event date first (a coarser date, such as a month, ranks just before the
/// days it contains);</item>
/// <item>corroborated before reported (single source), disputed last;</item>
/// <item>the order the claims were created in.</item>
/// </list>
/// </summary>
internal sealed class ClaimRanking(AreaCatalog areas, AreaRoles roles, string? region, string? selectedId)
{
    private static readonly string[] StatusOrder = ["corroborated", "reported", "disputed"];

    /// <summary>
    /// Orders <paramref name="items"/> as above; <paramref name="claim"/> reads each item's claim, and
    /// items keep their given order (the order the claims were created in) where nothing else differs.
    /// A sort over precomputed keys rather than LINQ's OrderBy chain: the chain's generic code over
    /// the callers' item types is not in the ReadyToRun image and cost every export start its JIT time.
    /// </summary>
    public T[] Order<T>(IReadOnlyList<T> items, Func<T, ClaimMark> claim)
        where T : class
    {
        var keys = new RankKey<T>[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var c = claim(items[i]);
            keys[i] = new RankKey<T>(items[i], c.Id == selectedId ? 0 : 1, IsAboutTheSubject(c) ? 0 : 1, c.EventDate, StatusRank(c.Status), i);
        }

        Array.Sort(keys, RankKey<T>.Compare);
        var ordered = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = keys[i].Item;
        }

        return ordered;
    }

    public bool IsAboutTheSubject(ClaimMark claim)
    {
        foreach (var id in claim.Areas)
        {
            if (areas.Find(id) is { } area && (region is null ? roles.IsFocusFilled(area) : InRegion(area, region)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InRegion(Area area, string region) => area.Id == region || area.Country == region;

    private static int StatusRank(string status) => Array.IndexOf(StatusOrder, status) is var i and >= 0 ? i : StatusOrder.Length;

    /// <summary>An item with its sort keys, compared key by key; <see cref="Created"/> makes the order total.</summary>
    private sealed record RankKey<T>(T Item, int Selected, int Subject, string EventDate, int Status, int Created)
    {
        public static int Compare(RankKey<T> a, RankKey<T> b)
        {
            var order = a.Selected.CompareTo(b.Selected);
            order = order != 0 ? order : a.Subject.CompareTo(b.Subject);
            order = order != 0 ? order : string.CompareOrdinal(b.EventDate, a.EventDate);
            order = order != 0 ? order : a.Status.CompareTo(b.Status);
            return order != 0 ? order : a.Created.CompareTo(b.Created);
        }
    }
}
