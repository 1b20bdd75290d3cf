namespace BorderMap.Storage;

/// <summary>
/// When a sorted page under a box is found by walking the sort's index, and how far the walk may
/// go, written once for both backends. The walk reads claims in the sort's order and tests each;
/// the other route reads the claims the filter's own indexes find (the candidates: the box's, or
/// the box's within the dates) and sorts them. If the filter passes a share <c>s</c> of all claims,
/// spread evenly through the sort's order, a page of <c>limit</c> is found within <c>limit / s</c>
/// claims walked. The walk may read <see cref="Margin"/> times that, and is taken only when that
/// many are no more than the candidates, so that a walk that comes back with less than a page has
/// cost at most what the other route costs anyway.
/// </summary>
internal static class SortWalkRows
{
    /// <summary>
    /// The walk's rows are at most this many times those it should need: a filter that passes a
    /// quarter of what was estimated, or claims that come in runs, may still fill the page.
    /// </summary>
    public const int Margin = 4;

    /// <summary>
    /// Whether <paramref name="query"/>'s claims may be taken as spread through <paramref name="sort"/>'s
    /// order, as <see cref="Of"/> assumes: not in creation order (the box's own index gives it), not
    /// in date order under dates (they are a range of that order), and not in place order under words:
    /// the search key holds the place, so a word is often a place's name, whose claims all lie
    /// together in that order (at 1,000,000 claims, "masar" under a box of 4° × 3° sorted by place:
    /// 65,744 claims walked for less than a page).
    /// </summary>
    public static bool Applies(ClaimSort sort, ClaimQuery query) => sort.Field switch
    {
        ClaimSortField.Created => false,
        ClaimSortField.Date => !query.HasDates,
        ClaimSortField.Place => query.Terms is null or { Length: 0 },
        _ => true,
    };

    /// <summary>
    /// The claims to walk at most for a page of <paramref name="limit"/> when the filter passes
    /// <paramref name="share"/> of all claims and its own indexes would read
    /// <paramref name="candidates"/> (counted as the claims the walk reads for the same cost), or
    /// null when reading those costs no more.
    /// </summary>
    public static long? Of(int limit, double share, double candidates)
    {
        if (share <= 0)
        {
            return null;
        }

        var rows = Margin * Math.Ceiling(limit / Math.Min(share, 1));
        return rows <= candidates ? (long)rows : null;
    }
}
