namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 19: the box-and-dates index of the claims also holds the page position
/// (<c>fid</c>, through <c>btree_gist</c>), so that a page of a box and a date window walks that
/// one index in position order, nearest to the cursor first (<c>ORDER BY fid &lt;-&gt; @after</c>, a
/// GiST distance scan), and stops at the page's last claim. Before, the scan found every claim in
/// the box and window (thousands at a million claims), fetched them all and sorted them by
/// position to keep 500. <c>btree_gist</c> ships with PostgreSQL's contrib modules and is a trusted
/// extension, so the store's owner can create it.
/// </summary>
internal static class KeysetGistMigration
{
    public const string Sql =
        """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        DROP INDEX claims_geom_period_idx;
        CREATE INDEX claims_geom_period_idx ON claims USING gist (geom, period, fid);
        """;
}
