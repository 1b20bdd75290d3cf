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

    /// <summary>Orders <paramref name="items"/> as above; <paramref name="claim"/> and <paramref name="created"/> read each item's claim and creation index.</summary>
    public IOrderedEnumerable<T> Order<T>(IEnumerable<T> items, Func<T, Claim> claim, Func<T, int> created) => items
        .OrderBy(i => claim(i).Id == selectedId ? 0 : 1)
        .ThenBy(i => IsAboutTheSubject(claim(i)) ? 0 : 1)
        .ThenByDescending(i => claim(i).Data.EventDate, StringComparer.Ordinal)
        .ThenBy(i => StatusRank(claim(i).Data.Status))
        .ThenBy(created);

    public bool IsAboutTheSubject(Claim claim) => claim.Data.Areas.Any(id => areas.Find(id) is { } area && (region is null ? roles.IsFocusFilled(area) : InRegion(area, region)));

    private static bool InRegion(Area area, string region) => area.Id == region || area.Country == region;

    private static int StatusRank(string status) => Array.IndexOf(StatusOrder, status) is var i and >= 0 ? i : StatusOrder.Length;
}
