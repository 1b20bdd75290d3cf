using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// A sorted page found by walking the sort's own index from the cursor and testing each claim
/// against the filter, for a filter that passes a large share of the claims walked past: a box
/// holding many claims, alone or with a common word, other criteria or a wide window, or a common
/// word under a date window. The other route, which PostgreSQL
/// takes by its estimates, reads every claim the filter's own indexes find and sorts them for the
/// page: at 1,000,000 claims, the 64,574 of a box of 4° × 3° for a page of 100 (4.9–8.6 s), as
/// PostgreSQL estimated the box at 4,460. The walk stops at a page, or after <c>@walk_rows</c>
/// claims: when that many held less than a page (a rare word, a filter this did not foresee) and
/// were not the last of the range, the page is the other route's after all. Both give the first
/// claims after the cursor in the sort's order, so the page is the same either way.
/// </summary>
internal static class PostGisSortWalk
{
    /// <summary>
    /// The claims a walk under a date window (no box) may read, per claim of the page: each is
    /// fetched with its search key (often out of line), so a walk this long costs about what the
    /// indexes' plan costs for a word of a few hundred claims.
    /// </summary>
    private const int WindowRowsPerClaim = 50;

    /// <summary>
    /// The claims to walk at most for a page of <paramref name="limit"/> in a sort under a box, or
    /// null when the box and the filter's other criteria pass so few claims that reading them costs
    /// no more (<see cref="SortWalkRows"/>). The box's share of the store is its cell counts'
    /// (<see cref="BoxCells"/>: one read of a few hundred rows), where PostgreSQL's estimate of a box
    /// was off by a factor of 14; the other criteria's share (words, dates, lists) is PostgreSQL's
    /// estimate from their statistics, which it keeps per column and takes as unrelated to the box.
    /// The candidates are the box's claims within the dates: the GiST index of box and period finds them.
    /// A date sort under dates walks the window's own days (<see cref="PostGisDatePage"/>), where
    /// every claim walked is within the dates, so its share leaves them out.
    /// </summary>
    public static long? BoxRows(NpgsqlConnection connection, ClaimQuery query, ClaimKeyset keyset, int limit)
    {
        var inWindow = PostGisDatePage.WalksWindow(query, keyset);
        if (query.Box is not { } box || !(inWindow || SortWalkRows.Applies(keyset.Sort, query)))
        {
            return null;
        }

        var (inBox, all) = PostGisEstimates.BoxClaims(connection, box);
        var boxShare = (double)inBox / Math.Max(all, 1);
        var rest = PostGisQuery.Of(inWindow ? query with { Box = null, From = null, To = null } : query with { Box = null });
        var dates = PostGisQuery.Of(query.DatesOnly);
        if (!rest.HasConditions && !dates.HasConditions)
        {
            return SortWalkRows.Of(limit, boxShare, inBox);
        }

        var store = Estimate(connection, PostGisQuery.OfTerms([]));
        double Share(PostGisQuery where) => where.HasConditions ? Estimate(connection, where) / store : 1;
        return SortWalkRows.Of(limit, boxShare * Share(rest), inBox * Share(dates));
    }

    /// <summary>
    /// The claims to walk at most for a page of <paramref name="limit"/> under a date window with
    /// the words of <paramref name="query"/>, or null without words or when they are too rare to
    /// fill a page in <see cref="WindowRowsPerClaim"/> claims a claim of the page. How common they
    /// are is PostgreSQL's estimate from the search key's statistics (one <c>EXPLAIN</c>), close for
    /// one word at 1,000,000 claims ("masar": 111,114 estimated, 130,776 true; a number in 343
    /// claims: 100); several words it estimates as if unrelated, so words that occur together look
    /// rarer than they are and keep the indexes' plan.
    /// </summary>
    public static long? WordRows(NpgsqlConnection connection, ClaimQuery query, int limit)
    {
        if (query.Terms is not { Length: > 0 } terms)
        {
            return null;
        }

        var rows = SortWalkRows.Margin * (long)Math.Ceiling(limit * Estimate(connection, PostGisQuery.OfTerms([])) / Estimate(connection, PostGisQuery.OfTerms(terms)));
        return rows <= (long)WindowRowsPerClaim * limit ? rows : null;
    }

    /// <summary>PostgreSQL's estimate of the claims <paramref name="where"/> selects, at least 1.</summary>
    private static double Estimate(NpgsqlConnection connection, PostGisQuery where) =>
        Math.Max(PostGisEstimates.Plan(connection, where).Rows, 1);

    /// <summary>
    /// A page of <paramref name="columns"/> (and the fid) under a box: the walk of at most
    /// <paramref name="rows"/> claims from the cursor, else the claims of the box sorted.
    /// </summary>
    public static string BoxPage(string columns, PostGisQuery where, ClaimKeyset keyset, long rows)
    {
        var order = keyset.OrderBy(PostGisQuery.SortKeys, "c.fid");
        var walk = Sql(where, keyset, keyset.Condition(PostGisQuery.SortKeys, "c.fid", '@') ?? "true", rows,
            $"(SELECT c.fid, {PostGisQuery.SortKeys[keyset.Sort.Field]} AS page_key FROM claims c {where.Where} {order} LIMIT @limit)");
        return $"SELECT {columns}, c.fid FROM {walk} p JOIN claims c ON c.fid = p.fid {PageOrder(keyset, "p.")}";
    }

    /// <summary>The order of a page's <c>(fid, page_key)</c> rows (of <paramref name="table"/>, with its dot, or none), the keyset's.</summary>
    public static string PageOrder(ClaimKeyset keyset, string table) =>
        keyset.OrderBy(new Dictionary<ClaimSortField, string> { [keyset.Sort.Field] = table + "page_key" }, table + "fid");

    /// <summary>
    /// The page's <c>(fid, page_key)</c> rows as a parenthesised statement: the walk of the claims of
    /// <paramref name="range"/> (conditions on <c>c</c>, the cursor's among them) in
    /// <paramref name="keyset"/>'s order, each tested by <paramref name="where"/>, until a page or
    /// <paramref name="rows"/> claims; else <paramref name="fallback"/>, a parenthesised statement of
    /// the same rows that runs only then.
    /// </summary>
    public static string Sql(PostGisQuery where, ClaimKeyset keyset, string range, long rows, string fallback)
    {
        where.Parameters.Add(new NpgsqlParameter("walk_rows", rows));
        var key = PostGisQuery.SortKeys[keyset.Sort.Field];
        var order = keyset.OrderBy(PostGisQuery.SortKeys, "c.fid");
        // One value, evaluated once, and tested above the fallback: a parallel plan of the fallback
        // would start its workers and count the rest of the walk (its parameters) before any test in it.
        return $"""
            (WITH walked AS MATERIALIZED (
              SELECT c.fid, {key} AS page_key, ({where.Test}) AS hit
              FROM (SELECT * FROM claims c WHERE {range} {order} LIMIT @walk_rows) c),
            hits AS MATERIALIZED (SELECT fid, page_key FROM walked WHERE hit LIMIT @limit),
            found AS MATERIALIZED (SELECT CASE WHEN (SELECT count(*) FROM hits) = @limit THEN true ELSE (SELECT count(*) FROM walked) < @walk_rows END AS page)
            SELECT fid, page_key FROM hits WHERE (SELECT page FROM found)
            UNION ALL
            SELECT * FROM {fallback} f WHERE NOT (SELECT page FROM found))
            """;
    }
}
