namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 17: <c>claim_cells</c> becomes one row per cell at every zoom of a cluster tile's grid
/// (<see cref="ClusterCells"/>, <see cref="ClusterCellRows"/>), rebuilt from the claims in the
/// migration's transaction. Migration 7's trigger functions kept the old table and <c>claim_days</c>
/// together; each table now has its own (<c>claim_cell_counts_…</c>, reading only the anchor and
/// category, and <c>claim_day_counts_…</c>, doing what migration 7's did to the days), so an edit
/// that moves no claim touches no cell row. Like the others, each statement folds its changes into
/// one delta per row and applies them in key order, so concurrent writers never deadlock on them.
/// </summary>
internal static class CellRowsMigration
{
    /// <summary>The columns of <c>claims</c> the cell counts read.</summary>
    public const string Changed = "anchor, category";

    public static string Sql =>
        $"""
        DROP FUNCTION bordermap_counts_inserted, bordermap_counts_updated, bordermap_counts_deleted CASCADE;
        DROP TABLE claim_cells;
        CREATE TABLE claim_cells ({ClusterCellRows.Definitions("smallint", "integer", "double precision")});
        CREATE INDEX claim_cells_empty_idx ON claim_cells (zoom) WHERE count = 0;
        {AddCells($"SELECT {Changed}, 1 AS n FROM claims")}
        {ClaimCountTriggers.Sql("cell_counts", Changed, changes => $"{AddCells(changes)}\n  DELETE FROM claim_cells WHERE count = 0;")}
        {ClaimCountTriggers.Sql("day_counts", CountTablesMigration.Changed, CountTablesMigration.KeepDays)}
        """;

    /// <summary>Adds the changes (<see cref="Changed"/> and <c>n</c>: claims counted +1 or −1) to their cells at every kept zoom.</summary>
    public static string AddCells(string changes) => ClusterCellRows.Add(Anchors(changes), WholePart);

    /// <summary>Fills the empty table with the changes (claims counted +1), each coarser zoom from the one below it (<see cref="ClusterCellRows.Fill"/>).</summary>
    public static string FillCells(string changes) => ClusterCellRows.Fill(Anchors(changes), WholePart);

    private static string Anchors(string changes) => $"SELECT ST_X(c.anchor) AS x, ST_Y(c.anchor) AS y, c.category, c.n FROM ({changes}) AS c WHERE c.anchor IS NOT NULL";

    private static string WholePart(string position) => $"floor({position})::integer";
}
