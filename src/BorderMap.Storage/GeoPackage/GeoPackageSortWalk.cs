using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// A sorted page under a box found by walking the sort's index from the cursor and testing each
/// claim on its own rows (<see cref="GeoPackageQuery.ClaimTest"/>), for a filter that passes a
/// large share of the claims walked past. The other route (<see cref="GeoPackageQuery.SortedPage"/>)
/// lists every claim of the box from the R-tree, and of a word from the trigram index, and sorts
/// them for the page: at 100,000 claims, the ~6,500 of a box of 4° × 3°. The walk stops at a page
/// or after <c>$walk_rows</c> claims; when that many held less than a page and were not the last of
/// the range, the other route gives the page after all. Both give the first claims after the cursor
/// in the sort's order, so the page is the same either way. Two statements, each consistent on its
/// own: the second runs only when the first's page is not known to be whole.
/// </summary>
internal static class GeoPackageSortWalk
{
    /// <summary>
    /// The claims whose tests estimate the share of the filter's criteria other than the box, spread
    /// evenly over the positions: a word's test reads the claim's search key (at 100,000 claims,
    /// 1,000 of them took 23 ms on a busy machine, 10 ms of CPU).
    /// </summary>
    private const int SampleClaims = 250;

    /// <summary>
    /// How many claims the walk reads for the cost of one candidate of the other route: the walk
    /// reads the sort's index and the narrow <c>claim_summary</c> row, the other route each
    /// candidate's wide claim row for its key (at 100,000 claims, 47,000 claims walked in 3–8 ms
    /// against ~6,500 candidates of a box in 0.2–0.7 s); counted at a fifth of that, for a cold file.
    /// </summary>
    private const int WalkedPerCandidate = 20;

    /// <summary>
    /// The claims to walk at most for a page of <paramref name="limit"/> in a sort under a box, or
    /// null when the filter passes so few claims that listing them costs no more
    /// (<see cref="SortWalkRows"/>). The box's share is its cell counts' (<see cref="BoxCells"/>);
    /// the other criteria's, that of a sample of claims at evenly spaced positions (a word in
    /// none of them is left to the trigram index). The candidates are the box's claims within the
    /// dates, which the R-tree of envelopes and days lists.
    /// </summary>
    public static long? Rows(SqliteConnection connection, ClaimQuery query, GeoPackageQuery sql, ClaimKeyset keyset, int limit)
    {
        if (query.Box is not { } box || !sql.TestsEachClaim || !SortWalkRows.Applies(keyset.Sort, query))
        {
            return null;
        }

        var (inBox, all) = GeoPackageBoxCells.Claims(connection, box);
        var boxShare = (double)inBox / Math.Max(all, 1);
        var rest = GeoPackageQuery.Of(query with { Box = null });
        if (rest.IsEmpty)
        {
            return SortWalkRows.Of(limit, boxShare, inBox * WalkedPerCandidate);
        }

        var dates = GeoPackageQuery.Of(query.DatesOnly);
        var (sampled, passed, dated) = Sample(connection, rest, dates);
        return sampled == 0 ? null : SortWalkRows.Of(limit, boxShare * passed / sampled, inBox * dated / sampled * WalkedPerCandidate);
    }

    /// <summary>
    /// Of <see cref="SampleClaims"/> positions spread from the first claim to the last, the claims
    /// there, those <paramref name="rest"/> passes and those <paramref name="dates"/> passes. The first
    /// and last positions are each a subquery of their own: SQLite reads the ends of the key for a
    /// lone <c>min</c> or <c>max</c>, but scans the whole table for both in one.
    /// </summary>
    private static (long Sampled, double Passed, double Dated) Sample(SqliteConnection connection, GeoPackageQuery rest, GeoPackageQuery dates)
    {
        var parameters = new Dictionary<string, object>(rest.Parameters, StringComparer.Ordinal) { ["$sample"] = SampleClaims };
        foreach (var (name, value) in dates.Parameters)
        {
            parameters[name] = value;
        }

        return SqliteRows.Select(
            connection,
            $"""
            WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < $sample - 1),
            ends(first, last) AS (SELECT (SELECT min(claim_fid) FROM claim_summary), (SELECT max(claim_fid) FROM claim_summary))
            SELECT count(*), coalesce(sum(({rest.ClaimTest}) IS 1), 0), coalesce(sum(({dates.ClaimTest}) IS 1), 0)
            FROM k CROSS JOIN ends CROSS JOIN claim_summary s ON s.claim_fid = ends.first + k.i * (ends.last - ends.first + 1) / $sample
            """,
            parameters,
            r => (r.GetInt64(0), r.GetDouble(1), r.GetDouble(2)))[0];
    }

    /// <summary>
    /// The walk's page of <paramref name="columns"/> (and of <c>claim_pages j</c> through
    /// <paramref name="join"/>) and the fid: the claims of at most <c>$walk_rows</c> from the cursor
    /// in <paramref name="keyset"/>'s order that pass <paramref name="sql"/>'s test, the first <c>$limit</c>.
    /// </summary>
    public static string Page(GeoPackageQuery sql, ClaimKeyset keyset, string columns, string join) =>
        $"""
        SELECT {columns}, c.fid FROM (
          SELECT w.page_fid, w.page_key FROM ({Walked(keyset)}) w
          CROSS JOIN claim_summary s ON s.claim_fid = w.page_fid
          WHERE {sql.ClaimTest} LIMIT $limit) p
        JOIN claims c ON c.fid = p.page_fid{join}
        {PageOrder(keyset)}
        """;

    /// <summary>How many claims the walk passes, at most <c>$walk_rows</c>: fewer when its range ended, so that its page is whole however short.</summary>
    public static string Count(ClaimKeyset keyset) => $"SELECT count(*) FROM ({Walked(keyset)})";

    /// <summary>
    /// The <c>(page_fid, page_key)</c> of the first <c>$walk_rows</c> claims after the cursor in the
    /// sort's order, from the sort's index alone: the cursor's ties, then the keys beyond (SQLite
    /// would otherwise step through every tie of a common key).
    /// </summary>
    private static string Walked(ClaimKeyset keyset)
    {
        var keys = GeoPackageQuery.SortKeys;
        string Run(string condition) =>
            $"SELECT * FROM (SELECT c.fid AS page_fid, {keys[keyset.Sort.Field]} AS page_key FROM claims c WHERE {condition} {keyset.OrderBy(keys, "c.fid")} LIMIT $walk_rows)";
        return keyset.After is null ? Run("1") : $"{Run(keyset.Ties(keys, "c.fid", '$'))}\nUNION ALL {Run(keyset.Beyond(keys, '$'))}\nLIMIT $walk_rows";
    }

    /// <summary>The order of a page's rows <c>p</c>, the keyset's.</summary>
    public static string PageOrder(ClaimKeyset keyset) =>
        keyset.OrderBy(new Dictionary<ClaimSortField, string> { [keyset.Sort.Field] = "p.page_key" }, "p.page_fid");
}
