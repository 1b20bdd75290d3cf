namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's <c>claim_cells</c> (<see cref="ClusterCells"/>, <see cref="ClusterCellRows"/>): a
/// plain table beside the derived ones, kept by two triggers on <c>claim_summary</c>, whose row
/// every claim write, import, delete and backfill inserts or deletes with the claim, so the counts
/// change in the same transaction as the claims whatever writes them. Created with a new file; a
/// file from an earlier release gets it, filled from its claims, when it is opened
/// (<see cref="ClusterCellUpgrade"/>).
/// </summary>
internal static class ClusterCellSchema
{
    private static string Table => $"CREATE TABLE claim_cells ({ClusterCellRows.Definitions("INTEGER", "INTEGER", "REAL")}) WITHOUT ROWID;";

    /// <summary>SQLite's whole part of a position, which is never below 0 inside the world.</summary>
    private static string WholePart(string position) => $"CAST({position} AS INTEGER)";

    private static string Changes(string row, int n) => $"SELECT {row}.x AS x, {row}.y AS y, {row}.category AS category, {n} AS n";

    // SQLite allows no common table expression in a trigger, which the statements do without.
    private static string Triggers =>
        $"""
        CREATE TRIGGER claim_cells_add AFTER INSERT ON claim_summary WHEN {ClusterCells.InWorld("NEW.x", "NEW.y")}
        BEGIN
          {ClusterCellRows.Add(Changes("NEW", 1), WholePart)}
        END;
        CREATE TRIGGER claim_cells_remove AFTER DELETE ON claim_summary WHEN {ClusterCells.InWorld("OLD.x", "OLD.y")}
        BEGIN
          {ClusterCellRows.Add(Changes("OLD", -1), WholePart)}
          DELETE FROM claim_cells WHERE count = 0 AND ({ClusterCellRows.Key}) IN ({ClusterCellRows.KeysOf("OLD.x", "OLD.y", WholePart)});
        END;
        """;

    /// <summary>Adds the claims of <paramref name="summary"/> (<c>claim_summary</c> rows) to the counts.</summary>
    public static string FillFrom(string summary) => ClusterCellRows.Add(Changes("s", 1) + $" FROM {summary} s", WholePart);

    /// <summary>The table (dropped first with its triggers, should an earlier release's be there), filled from <c>claim_summary</c>, and the triggers that keep it.</summary>
    public static string Create =>
        "DROP TRIGGER IF EXISTS claim_cells_add; DROP TRIGGER IF EXISTS claim_cells_remove; DROP TABLE IF EXISTS claim_cells;" + Table + FillFrom("claim_summary") + Triggers;
}
