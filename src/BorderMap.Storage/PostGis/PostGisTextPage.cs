using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// A page in creation order of a text search over the whole store, as one statement that first
/// probes the next claims in order and asks the trigram index only when they do not fill the page.
/// PostgreSQL estimates several terms as if their words were unrelated, so words that occur
/// together (a place's name: "perbatasan antara afganistan dan tajikistan") are estimated at a
/// hundredth of the claims they match; it then takes every match from the trigram index and sorts
/// them for the page, where walking the primary key in order finds the page in the first few
/// hundred claims. A rare word needs the index, whose bitmap is small. Which of the two holds is
/// not known before reading, so the probe reads a bounded run of claims in order (<see
/// cref="ProbeRows"/>) and the index's plan runs only when that run holds less than a page; both
/// give the first matches after the cursor in order, so the page is the same either way.
/// </summary>
internal static class PostGisTextPage
{
    /// <summary>
    /// The claims the probe reads at most, ~1–3 ms at any size: a page of 20 (a search's) is found
    /// in them when one claim in 50 matches, a mix of words PostgreSQL misjudges. A longer run would
    /// find sparser mixes but delay every rare word by as much.
    /// </summary>
    private const int ProbeRows = 1000;

    /// <summary>
    /// The largest page probed: one that needs one claim in 20 to match. A larger page (the claim
    /// list's 500) would be found in the probe only for words so common that PostgreSQL walks in
    /// order anyway, so it would only pay for the probe.
    /// </summary>
    private const int LargestProbedPage = ProbeRows / 20;

    /// <summary>Whether a page of <paramref name="limit"/> walks in creation order over the whole store with a text filter, where the probe applies.</summary>
    public static bool Applies(ClaimQuery query, ClaimKeyset keyset, int limit) =>
        limit <= LargestProbedPage && keyset.Sort == ClaimSort.Created && query.Terms is { Length: > 0 } && query.Box is null && query.RegionId is null;

    /// <summary>
    /// The page's statement: <paramref name="where"/> (with the cursor's <c>c.fid &gt; @after</c>)
    /// on the probe's run of claims, then on all of them when the probe found less than a page.
    /// </summary>
    public static string Sql(string columns, PostGisQuery where)
    {
        where.Parameters.Add(new NpgsqlParameter("probe_rows", ProbeRows));
        return $"""
            WITH probe AS MATERIALIZED (
              SELECT {columns}, c.fid
              FROM (SELECT * FROM claims WHERE fid > @after ORDER BY fid LIMIT @probe_rows) c
              {where.Where} ORDER BY c.fid LIMIT @limit)
            SELECT * FROM probe WHERE (SELECT count(*) FROM probe) = @limit
            UNION ALL
            (SELECT {columns}, c.fid FROM claims c {where.Where} AND (SELECT count(*) FROM probe) < @limit ORDER BY c.fid LIMIT @limit)
            """;
    }
}
