using NetTopologySuite.Geometries;

namespace BorderMap.Storage;

/// <summary>
/// About how long an exact count of a query would read claims, written once for both backends, so
/// that a count that cannot finish in its time budget does not spend it (<see cref="SqlClaimStore"/>).
/// A count reads the claims of the query's most selective index: the box's (its pre-counted cells,
/// <see cref="BoxCells"/>, the share of them within the dates) or the other criteria's (words, lists,
/// dates: the backend's own estimate). The estimate only decides whether to try: a count estimated
/// under the budget that runs past it is still stopped by the budget, and a count skipped is still
/// exact when no more claims than the cap match.
/// </summary>
internal static class CountEstimate
{
    /// <summary>
    /// The least of the time to read the box's claims within the dates at <paramref name="rowsPerMillisecond"/>
    /// and <paramref name="reading"/>'s time for the query without its box (null: the backend cannot
    /// tell); null when neither tells. <paramref name="boxCells"/> gives the box's claims and the
    /// store's; <paramref name="claims"/> the backend's estimate of a query's claims (null: none),
    /// whose share of the store is the dates' share of the box.
    /// </summary>
    public static TimeSpan? Time(
        ClaimQuery query, Func<Envelope, (long InBox, long All)> boxCells, Func<ClaimQuery, double?> claims, Func<ClaimQuery, TimeSpan?> reading, double rowsPerMillisecond)
    {
        var rest = reading(query with { Box = null });
        if (query.Box is not { } box)
        {
            return rest;
        }

        var (inBox, all) = boxCells(box);
        var dated = query.HasDates ? claims(query.DatesOnly) : null;
        var boxed = TimeSpan.FromMilliseconds(inBox * Math.Min(1, (dated ?? all) / Math.Max(all, 1)) / rowsPerMillisecond);
        return rest is { } r && r < boxed ? r : boxed;
    }
}
