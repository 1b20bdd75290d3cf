using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// How long an exact count would read claims in PostgreSQL (<see cref="CountEstimate"/>): a box from
/// its pre-counted cells (PostgreSQL's own estimate of a box was off by a factor of 14), everything
/// else from the planner's cost of finding the claims (one <c>EXPLAIN</c>), which follows the work
/// the plan does (a region's claims tested for a word one by one) where its estimate of the matches
/// does not (AF-BDS with "masar" at 1,000,000 claims: 1,844 estimated, 3,078 true, ~23,000 read).
/// </summary>
internal static class PostGisCountEstimate
{
    /// <summary>
    /// The claims an exact count reads per millisecond under a box. Measured at 1,000,000 claims on a
    /// busy 2-core machine (load 39–51; the facets' statement under boxes of 365 to 85,891 claims in
    /// 2021, psql, bench/RESULTS.md, session 22): 7–9 a millisecond warm, 1–4 cold; taken at twice the
    /// fastest, so that only a count clearly past its budget skips it (5,000 claims for 250 ms).
    /// </summary>
    private const double RowsPerMillisecond = 20;

    /// <summary>
    /// Milliseconds of an exact count per unit of the planner's cost of finding its claims. Measured
    /// as above (load 52–63): words, a word in a region, a word in a month, 0.02–0.55 ms a unit (a rare
    /// word's plan of 848 units in 17–55 ms, "masar" in AF-BDS of 48,178 units in 3.8–9.4 s); taken at
    /// half the fastest (25,000 units for 250 ms).
    /// </summary>
    private const double MillisecondsPerCost = 0.01;

    public static TimeSpan? Time(NpgsqlConnection connection, ClaimQuery query) =>
        CountEstimate.Time(
            query,
            box => PostGisEstimates.BoxClaims(connection, box),
            q => PostGisEstimates.Plan(connection, PostGisQuery.Of(q)).Rows,
            q => TimeSpan.FromMilliseconds(PostGisEstimates.Plan(connection, PostGisQuery.Of(q)).Cost * MillisecondsPerCost),
            RowsPerMillisecond);
}
