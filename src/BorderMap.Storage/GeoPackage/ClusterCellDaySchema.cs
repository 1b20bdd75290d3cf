using System.Globalization;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The GeoPackage's <c>claim_cell_days</c> (<see cref="ClusterCellDays"/>): a plain table beside the
/// derived ones, kept like <c>claim_cells</c> by two triggers on <c>claim_summary</c>, whose row
/// every claim write, import, delete and backfill inserts or deletes with the claim. Created with a
/// new file; a file from an earlier release gets it, filled from its claims, when it is opened.
/// </summary>
internal static class ClusterCellDaySchema
{
    // The key leads with the cell, so a tile's read is one range of the primary key per column of cells.
    private const string Table =
        """
        CREATE TABLE claim_cell_days (
          zoom INTEGER NOT NULL, cell_x INTEGER NOT NULL, cell_y INTEGER NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL,
          category TEXT NOT NULL, status TEXT NOT NULL, geo_precision INTEGER NOT NULL,
          count INTEGER NOT NULL, sum_x REAL NOT NULL, sum_y REAL NOT NULL,
          PRIMARY KEY (zoom, cell_x, cell_y, start_day, end_day, category, status, geo_precision)) WITHOUT ROWID;
        """;

    /// <summary>The kept zooms with the cell of one anchor at each, as a <c>SELECT</c> over <c>json_each</c>.</summary>
    private static string CellsOf(string x, string y) =>
        $"SELECT z.value, CAST({ClusterCells.CellPosition(x, "z.value")} AS INTEGER), CAST({ClusterCells.CellPosition("-" + y, "z.value")} AS INTEGER) FROM json_each('[{ClusterCellDays.ZoomList}]') z";

    private const string Values = "start_day, end_day, category, status, geo_precision";

    private const string OldRows =
        "start_day = OLD.start_day AND end_day = OLD.end_day AND category = OLD.category AND status = OLD.status AND geo_precision = OLD.geo_precision";

    // SQLite allows no common table expression in a trigger; row values stand in for a join.
    private static string Triggers =>
        $"""
        CREATE TRIGGER claim_cell_days_add AFTER INSERT ON claim_summary WHEN {ClusterCells.InWorld("NEW.x", "NEW.y")}
        BEGIN
          INSERT INTO claim_cell_days (zoom, cell_x, cell_y, {Values}, count, sum_x, sum_y)
          SELECT c.*, NEW.start_day, NEW.end_day, NEW.category, NEW.status, NEW.geo_precision, 1, NEW.x, NEW.y FROM ({CellsOf("NEW.x", "NEW.y")}) c WHERE true
          ON CONFLICT (zoom, cell_x, cell_y, {Values}) DO UPDATE SET count = count + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
        END;
        CREATE TRIGGER claim_cell_days_remove AFTER DELETE ON claim_summary WHEN {ClusterCells.InWorld("OLD.x", "OLD.y")}
        BEGIN
          UPDATE claim_cell_days SET count = count - 1, sum_x = sum_x - OLD.x, sum_y = sum_y - OLD.y
          WHERE {OldRows} AND (zoom, cell_x, cell_y) IN ({CellsOf("OLD.x", "OLD.y")});
          DELETE FROM claim_cell_days WHERE count = 0 AND {OldRows} AND (zoom, cell_x, cell_y) IN ({CellsOf("OLD.x", "OLD.y")});
        END;
        """;

    /// <summary>Where <see cref="FillFrom"/> groups the cells of one zoom after another.</summary>
    private const string Staging = "temp.cell_day_fill";

    private const string Columns = $"zoom, cell_x, cell_y, {Values}, count, sum_x, sum_y";

    /// <summary>The table and its columns, for a writer of whole rows (<see cref="CellCounts"/>).</summary>
    public const string Into = $"claim_cell_days ({Columns})";

    /// <summary>An insert's <c>ON CONFLICT</c> clause: a row already there gets the row's count and sums added.</summary>
    public const string AddCounts =
        $"ON CONFLICT (zoom, cell_x, cell_y, {Values}) DO UPDATE SET count = count + excluded.count, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y";

    /// <summary>
    /// Adds the claims of <paramref name="summary"/> (<c>claim_summary</c> rows) to the counts, each
    /// row once. The claims are grouped once into the deepest kept zoom's cells, and each coarser zoom
    /// from the zoom before it (a cell of zoom z is the deeper cell shifted right by the zoom
    /// difference, exactly, as in <see cref="ClusterCellRows.Add"/>), so each sort reads the groups of
    /// the zoom before, not every claim again: grouping every claim at every zoom was the largest part of
    /// a bulk import's end.
    /// </summary>
    public static string FillFrom(string summary) =>
        $"""
            DROP TABLE IF EXISTS {Staging};
            CREATE TEMP TABLE cell_day_fill AS SELECT {Columns} FROM claim_cell_days WHERE false;
            {ByZoom(summary, Staging)}
            INSERT INTO {Into}
            SELECT * FROM {Staging} WHERE true ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
            {AddCounts};
            DROP TABLE {Staging};

            """;

    /// <summary>The claims grouped into the deepest kept zoom's cells, and each coarser zoom from the one before, all into <paramref name="table"/>.</summary>
    private static string ByZoom(string summary, string table)
    {
        var deepest = ClusterCellDays.Zooms[0].ToString(CultureInfo.InvariantCulture);
        var coarser = ClusterCellDays.Zooms.Zip(ClusterCellDays.Zooms.Skip(1), (finer, zoom) =>
            $"INSERT INTO {table} ({Columns}) SELECT {zoom}, cell_x >> {finer - zoom}, cell_y >> {finer - zoom}, {Values}, sum(count), sum(sum_x), sum(sum_y) " +
            $"FROM {table} WHERE zoom = {finer} GROUP BY 2, 3, 4, 5, 6, 7, 8;\n");
        return $"""
            INSERT INTO {table} ({Columns})
            SELECT {deepest}, CAST({ClusterCells.CellPosition("s.x", deepest)} AS INTEGER), CAST({ClusterCells.CellPosition("-s.y", deepest)} AS INTEGER),
                   s.start_day, s.end_day, s.category, s.status, s.geo_precision, count(*), sum(s.x), sum(s.y)
            FROM {summary} s
            WHERE {ClusterCells.InWorld("s.x", "s.y")}
            GROUP BY 2, 3, 4, 5, 6, 7, 8;
            {string.Concat(coarser)}
            """;
    }

    /// <summary>Counts every claim already in <c>claim_summary</c>.</summary>
    public static string Fill => FillFrom("claim_summary");

    /// <summary>The table, filled from <c>claim_summary</c>, and the triggers that keep it.</summary>
    public static string Create => Table + Fill + Triggers;
}
