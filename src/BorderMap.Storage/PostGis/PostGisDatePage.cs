using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// A date-sorted page under a date window, as two walks merged in the sort's order. A claim's
/// period may be wider than its event date (<see cref="Core.Claims.ClaimPeriod"/>), so the event
/// date alone does not bound the claims a window meets, and walking the date index until a page
/// of them overlaps the window reads every claim dated beyond it (at 1,000,000 claims, half a
/// million for June 2021 sorted newest first). Nearly every claim is dated to one day, where the
/// period is the event date: those are a range of the date index between the window's ends. The
/// few others (week, month, year, an end date) come from their own partial index
/// (<see cref="WideDatesMigration"/>), tested against the window. Each walk stops at a page. With
/// a word, PostgreSQL plans the one-day walk as an intersection of the trigram, date and GiST
/// indexes, estimating a common word at a fortieth of its claims (10–14 s at 1,000,000 claims for
/// "masar" in June 2021), so for a common word the date range is walked in order, the word tested
/// on each claim, for a bounded run of claims before that plan is asked (<see cref="PostGisSortWalk"/>).
/// </summary>
internal static class PostGisDatePage
{
    /// <summary>Whether a page in <paramref name="keyset"/>'s order under <paramref name="query"/> can be one: a date sort under dates.</summary>
    public static bool WalksWindow(ClaimQuery query, ClaimKeyset keyset) => keyset.Sort.Field == ClaimSortField.Date && query.HasDates;

    /// <summary>
    /// Whether a page in <paramref name="keyset"/>'s order under <paramref name="query"/> is one without
    /// a walk's estimate. With a box, the GiST index of box and period finds the claims in both at once,
    /// and the date index's range would only be intersected with it (slower at 1,000,000 claims,
    /// bench/RESULTS.md), unless the box holds so many claims of the window that walking its days
    /// and testing the box finds a page sooner (<see cref="PostGisSortWalk.BoxRows"/>).
    /// </summary>
    public static bool Applies(ClaimQuery query, ClaimKeyset keyset) => WalksWindow(query, keyset) && query.Box is null;

    /// <summary>
    /// The page's statement: <paramref name="where"/> (with the window and the cursor) on the one-day
    /// claims within the window's dates and on the wider ones, the first <c>@limit</c> of each in
    /// <paramref name="keyset"/>'s order merged, then their <paramref name="columns"/>. The one-day
    /// claims are walked in order, at most <paramref name="walkRows"/> of them, when given
    /// (<see cref="PostGisSortWalk.WordRows"/>, <see cref="PostGisSortWalk.BoxRows"/>).
    /// </summary>
    public static string Sql(string columns, PostGisQuery where, ClaimQuery query, ClaimKeyset keyset, long? walkRows)
    {
        var key = PostGisQuery.SortKeys[ClaimSortField.Date];
        var days = new List<string> { $"NOT ({Wide})" };
        if (query.From is { } from)
        {
            days.Add($"{key} >= @from_key");
            where.Parameters.Add(new NpgsqlParameter("from_key", Core.IsoDate.Format(from)));
        }

        if (query.To is { } to)
        {
            days.Add($"{key} <= @to_key");
            where.Parameters.Add(new NpgsqlParameter("to_key", Core.IsoDate.Format(to)));
        }

        var order = keyset.OrderBy(PostGisQuery.SortKeys, "c.fid");
        string Walk(string conditions) => $"(SELECT c.fid, {key} AS page_key FROM claims c {where.Where} AND {conditions} {order} LIMIT @limit)";
        var oneDay = string.Join(" AND ", days);
        var fromCursor = keyset.Condition(PostGisQuery.SortKeys, "c.fid", '@') is { } after ? $"{oneDay} AND {after}" : oneDay;
        var oneDayWalk = walkRows is { } rows ? PostGisSortWalk.Sql(where, keyset, fromCursor, rows, Walk(oneDay)) : Walk(oneDay);
        // The wide claims are few (15 of 1,000,000), but PostgreSQL estimates a third of all claims
        // by their index's condition, and so intersected that index with the box's, the words' or
        // the window's (64,574, 174,360 and ~85,000 entries; 0.4–8 s). One opaque test leaves it the
        // wide claims' index alone, walked in order (35–45 ms, 75–90 buffers).
        var wide = $"(SELECT c.fid, {key} AS page_key FROM claims c WHERE {Wide} AND ({where.Test}) IS TRUE {order} LIMIT @limit)";
        return $"""
            SELECT {columns}, c.fid FROM ({oneDayWalk} UNION ALL {wide} {PostGisSortWalk.PageOrder(keyset, "")} LIMIT @limit) p
            JOIN claims c ON c.fid = p.fid {PostGisSortWalk.PageOrder(keyset, "p.")}
            """;
    }

    /// <summary>The wide claims' condition on <c>c</c>, as the partial index states it.</summary>
    private static string Wide => WideDatesMigration.WidePeriod.Replace("period", "c.period", StringComparison.Ordinal);
}
