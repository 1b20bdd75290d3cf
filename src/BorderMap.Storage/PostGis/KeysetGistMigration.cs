namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 19: pages of a box walk an index in position order, nearest to the cursor first
/// (<c>ORDER BY fid &lt;-&gt; @after</c>, a GiST distance scan through <c>btree_gist</c>), and stop at
/// the page's last claim. Before, a page of a box and a date window fetched every claim in them
/// (thousands at a million claims) and sorted them by position to keep 500. Two indexes give that
/// order, and the planner picks by the box: the box-and-dates index, which now also holds the
/// position, for a box that holds few of the claims; the position alone for a box that holds most
/// of them, where its scan reads about a page of claims, as the primary key's did before (the
/// box-and-dates index would have to read all its leaves there, as every leaf spans many positions).
/// <c>btree_gist</c> ships with PostgreSQL's contrib modules and is a trusted extension, so the
/// store's owner can create it.
/// </summary>
internal static class KeysetGistMigration
{
    public const string Sql =
        """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        DROP INDEX claims_geom_period_idx;
        CREATE INDEX claims_geom_period_idx ON claims USING gist (geom, period, fid);
        CREATE INDEX claims_position_gist_idx ON claims USING gist (fid);
        """;
}
