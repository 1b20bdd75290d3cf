namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's <c>claim_cells</c> (<see cref="ClusterCells"/>): a plain table beside the
/// derived ones, kept by two triggers on <c>claim_summary</c>, whose row every claim write, import,
/// delete and backfill inserts or deletes with the claim, so the counts change in the same
/// transaction as the claims whatever writes them. Created with a new file; a file from an earlier
/// release gets it, filled from its claims, when it is opened.
/// </summary>
internal static class ClusterCellSchema
{
    private const string Table =
        """
        CREATE TABLE claim_cells (
          zoom INTEGER NOT NULL, cell_x INTEGER NOT NULL, cell_y INTEGER NOT NULL, category TEXT NOT NULL,
          count INTEGER NOT NULL, sum_x REAL NOT NULL, sum_y REAL NOT NULL,
          PRIMARY KEY (zoom, cell_x, cell_y, category)) WITHOUT ROWID;
        """;

    /// <summary>The kept zooms with the cell of one anchor at each, as a <c>SELECT</c> over <c>json_each</c>.</summary>
    public static string CellsOf(string x, string y) =>
        $"SELECT z.value, CAST({ClusterCells.CellPosition(x, "z.value")} AS INTEGER), CAST({ClusterCells.CellPosition("-" + y, "z.value")} AS INTEGER) FROM json_each('[{ClusterCells.ZoomList}]') z";

    // SQLite allows no common table expression in a trigger; row values stand in for a join.
    private static string Triggers =>
        $"""
        CREATE TRIGGER claim_cells_add AFTER INSERT ON claim_summary WHEN {ClusterCells.InWorld("NEW.x", "NEW.y")}
        BEGIN
          INSERT INTO claim_cells (zoom, cell_x, cell_y, category, count, sum_x, sum_y)
          SELECT c.*, NEW.category, 1, NEW.x, NEW.y FROM ({CellsOf("NEW.x", "NEW.y")}) c WHERE true
          ON CONFLICT (zoom, cell_x, cell_y, category) DO UPDATE SET count = count + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
        END;
        CREATE TRIGGER claim_cells_remove AFTER DELETE ON claim_summary WHEN {ClusterCells.InWorld("OLD.x", "OLD.y")}
        BEGIN
          UPDATE claim_cells SET count = count - 1, sum_x = sum_x - OLD.x, sum_y = sum_y - OLD.y
          WHERE category = OLD.category AND (zoom, cell_x, cell_y) IN ({CellsOf("OLD.x", "OLD.y")});
          DELETE FROM claim_cells WHERE count = 0 AND category = OLD.category AND (zoom, cell_x, cell_y) IN ({CellsOf("OLD.x", "OLD.y")});
        END;
        """;

    /// <summary>Adds the claims of <paramref name="summary"/> (<c>claim_summary</c> rows) to the counts, each cell in one row.</summary>
    public static string FillFrom(string summary) =>
        $"""
        INSERT INTO claim_cells (zoom, cell_x, cell_y, category, count, sum_x, sum_y)
        SELECT z.value, CAST({ClusterCells.CellPosition("s.x", "z.value")} AS INTEGER), CAST({ClusterCells.CellPosition("-s.y", "z.value")} AS INTEGER),
               s.category, count(*), sum(s.x), sum(s.y)
        FROM {summary} s, json_each('[{ClusterCells.ZoomList}]') z
        WHERE {ClusterCells.InWorld("s.x", "s.y")}
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (zoom, cell_x, cell_y, category) DO UPDATE SET count = count + excluded.count, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
        """;

    /// <summary>Counts every claim already in <c>claim_summary</c>.</summary>
    private static string Fill => FillFrom("claim_summary");

    /// <summary>The table, filled from <c>claim_summary</c>, and the triggers that keep it.</summary>
    public static string Create => Table + Fill + Triggers;
}
