namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 22: two indexes of <c>claims</c> that no statement can use are dropped. Every claim
/// write maintained them and every large import built them (at 1,000,000 claims, tens of seconds of
/// the build), for nothing:
/// <list type="bullet">
/// <item><c>claims_event_date_idx</c>, a b-tree on the text date under the database's collation: the
/// date sort orders by <c>event_date COLLATE "C"</c> (its own index, <see cref="SortIndexesMigration"/>)
/// and no statement filters on the text date (the date filters read <c>period</c>);</item>
/// <item><c>claims_period_idx</c>, a b-tree on a <c>daterange</c>, whose operator class has only
/// <c>&lt; &lt;= = &gt;= &gt;</c>, while the one condition on <c>period</c> is the overlap
/// (<c>&amp;&amp;</c>), which the GiST indexes answer.</item>
/// </list>
/// The plans of the store's reads were compared with and without them (bench/RESULTS.md): the same.
/// </summary>
internal static class UnusedClaimIndexesMigration
{
    public const string Sql =
        """
        DROP INDEX IF EXISTS claims_event_date_idx;
        DROP INDEX IF EXISTS claims_period_idx;
        """;
}
