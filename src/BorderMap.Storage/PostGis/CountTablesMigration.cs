namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 7: the pre-counted tables, filled from the claims already stored and kept by
/// statement triggers on <c>claims</c>, so every insert, update and delete (one claim, or a whole
/// import chunk in one statement) changes the counts in its own transaction, whichever instance or
/// tool writes: <c>claim_cells</c>, the clusters of low-zoom tiles (<see cref="ClusterCells"/>), and
/// <c>claim_days</c>, the counts facets and histograms read (<see cref="DayCounts"/>). Each
/// statement folds its changes into one delta per row and applies them in key order, so
/// concurrent writers lock rows in the same order and never deadlock on them.
/// </summary>
internal static class CountTablesMigration
{
    /// <summary>The columns of <c>claims</c> the counts read; a later count table's triggers select them the same way.</summary>
    public const string Changed = "anchor, area_ids, period, category, status, geo_precision";

    /// <summary>The claims a statement added, each counted +1, in a trigger's <c>added</c> transition table.</summary>
    public const string Added = $"SELECT {Changed}, 1 AS n FROM added";

    /// <summary>The claims a statement removed, each counted −1, in a trigger's <c>removed</c> transition table.</summary>
    public const string Removed = $"SELECT {Changed}, -1 AS n FROM removed";

    public static string Sql =>
        $"""
        {CellTable}
        CREATE TABLE claim_days (
          area_id text NOT NULL, start_day date NOT NULL, end_day date NOT NULL,
          category text NOT NULL, status text NOT NULL, geo_precision smallint NOT NULL, count bigint NOT NULL,
          PRIMARY KEY (area_id, start_day, end_day, category, status, geo_precision));
        CREATE INDEX claim_days_empty_idx ON claim_days (area_id) WHERE count = 0;

        {AddCells($"SELECT {Changed}, 1 AS n FROM claims")}
        {AddDays($"SELECT {Changed}, 1 AS n FROM claims")}

        {Triggers}
        """;

    /// <summary>
    /// This migration's <c>claim_cells</c>: one row per cell and category at every other zoom, until
    /// migration 17 (<see cref="CellRowsMigration"/>) made it one row per cell at every zoom.
    /// </summary>
    public const string CellTable =
        """
        CREATE TABLE claim_cells (
          zoom smallint NOT NULL, cell_x integer NOT NULL, cell_y integer NOT NULL, category text NOT NULL,
          count bigint NOT NULL, sum_x double precision NOT NULL, sum_y double precision NOT NULL,
          PRIMARY KEY (zoom, cell_x, cell_y, category));
        CREATE INDEX claim_cells_empty_idx ON claim_cells (zoom) WHERE count = 0;
        """;

    /// <summary>This migration's triggers, which keep both tables, until migration 17 gave each table its own.</summary>
    public static string Triggers =>
        ClaimCountTriggers.Sql("counts", Changed, changes => $"{AddCells(changes)}\n  DELETE FROM claim_cells WHERE count = 0;\n  {KeepDays(changes)}");

    /// <summary>What a count trigger does to <c>claim_days</c> for the changes: adds them, and drops the rows whose count reached 0.</summary>
    public static string KeepDays(string changes) => $"{AddDays(changes)}\n  DELETE FROM claim_days WHERE count = 0;";

    /// <summary>
    /// Adds the changes (claims counted +1 or −1) to this migration's cells (<see cref="CellTable"/>) at
    /// the zooms it kept, those <c>claim_cell_days</c> still keeps; an update that moves nothing nets to no row.
    /// </summary>
    public static string AddCells(string changes) =>
        $"""
        INSERT INTO claim_cells AS t (zoom, cell_x, cell_y, category, count, sum_x, sum_y)
          SELECT z.zoom, floor({ClusterCells.CellPosition("d.x", "z.zoom")})::integer, floor({ClusterCells.CellPosition("-d.y", "z.zoom")})::integer,
                 d.category, sum(d.n), sum(d.n * d.x), sum(d.n * d.y)
          FROM (SELECT ST_X(anchor) AS x, ST_Y(anchor) AS y, category, n FROM ({changes}) AS c WHERE anchor IS NOT NULL) AS d
            CROSS JOIN unnest(ARRAY[{ClusterCellDays.ZoomList}]) AS z(zoom)
          WHERE {ClusterCells.InWorld("d.x", "d.y")}
          GROUP BY 1, 2, 3, 4
          HAVING sum(d.n) <> 0 OR sum(d.n * d.x) <> 0 OR sum(d.n * d.y) <> 0
          ORDER BY 1, 2, 3, 4
        ON CONFLICT (zoom, cell_x, cell_y, category)
          DO UPDATE SET count = t.count + excluded.count, sum_x = t.sum_x + excluded.sum_x, sum_y = t.sum_y + excluded.sum_y;
        """;

    /// <summary>
    /// Fills an empty <c>claim_days</c> with <paramref name="changes"/> (claims counted +1, as for <see cref="AddDays"/>) in
    /// key order, the rows <see cref="AddDays"/> writes: the days of every claim (area <c>''</c>, first in key order)
    /// grouped on their own, and the days of each area from the claims' areas. The days of every claim are one row
    /// per day and kind (35,040 at 1,000,000 synthetic claims), which a hash table groups without sorting, so only
    /// the areas' rows are sorted: 1.4 million rows there where every claim and every area of it were 2.4 million.
    /// That pays for reading the claims twice once claims share days and kinds, at 1,000,000, not at 100,000 (bench/RESULTS.md).
    /// </summary>
    public static string FillDays(string changes) =>
        $"""
        INSERT INTO claim_days (area_id, start_day, end_day, category, status, geo_precision, count)
          SELECT '', lower(c.period), upper(c.period) - 1, c.category, c.status, c.geo_precision, sum(c.n)
          FROM ({changes}) AS c
          WHERE c.geo_precision IS NOT NULL
          GROUP BY 2, 3, 4, 5, 6
          UNION ALL
          SELECT a.area_id, lower(c.period), upper(c.period) - 1, c.category, c.status, c.geo_precision, sum(c.n)
          FROM ({changes}) AS c CROSS JOIN unnest(c.area_ids) AS a(area_id)
          WHERE c.geo_precision IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5, 6
          ORDER BY 1, 2, 3, 4, 5, 6;
        """;

    /// <summary>Adds the changes to the days of every claim (area <c>''</c>) and of each area they belong to.</summary>
    public static string AddDays(string changes) =>
        $"""
        INSERT INTO claim_days AS t (area_id, start_day, end_day, category, status, geo_precision, count)
          SELECT a.area_id, lower(c.period), upper(c.period) - 1, c.category, c.status, c.geo_precision, sum(c.n)
          FROM ({changes}) AS c CROSS JOIN unnest(coalesce(c.area_ids, ARRAY[]::text[]) || ''::text) AS a(area_id)
          WHERE c.geo_precision IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5, 6
          HAVING sum(c.n) <> 0
          ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (area_id, start_day, end_day, category, status, geo_precision) DO UPDATE SET count = t.count + excluded.count;
        """;
}
