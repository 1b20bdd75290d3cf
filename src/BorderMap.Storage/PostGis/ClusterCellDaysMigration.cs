namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 9: <c>claim_cell_days</c> (<see cref="ClusterCellDays"/>), the clusters of low-zoom
/// tiles per period, category, status and precision, filled from the claims already stored and kept
/// like migration 7's tables by statement triggers on <c>claims</c>: each statement (one claim, or a
/// whole import chunk) folds its changes into one delta per row and applies them in key order, so
/// concurrent writers lock rows in the same order and never deadlock on them.
/// </summary>
internal static class ClusterCellDaysMigration
{
    public static string Sql =>
        $"""
        CREATE TABLE claim_cell_days (
          zoom smallint NOT NULL, cell_x integer NOT NULL, cell_y integer NOT NULL, start_day date NOT NULL, end_day date NOT NULL,
          category text NOT NULL, status text NOT NULL, geo_precision smallint NOT NULL,
          count bigint NOT NULL, sum_x double precision NOT NULL, sum_y double precision NOT NULL,
          PRIMARY KEY (zoom, cell_x, cell_y, start_day, end_day, category, status, geo_precision));
        CREATE INDEX claim_cell_days_empty_idx ON claim_cell_days (zoom) WHERE count = 0;

        {AddCellDays($"SELECT {CountTablesMigration.Changed}, 1 AS n FROM claims")}

        {TriggerFunction("bordermap_cell_days_inserted", CountTablesMigration.Added)}
        {TriggerFunction("bordermap_cell_days_updated", $"{CountTablesMigration.Removed} UNION ALL {CountTablesMigration.Added}")}
        {TriggerFunction("bordermap_cell_days_deleted", CountTablesMigration.Removed)}
        CREATE TRIGGER claim_cell_days_inserted AFTER INSERT ON claims REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_cell_days_inserted();
        CREATE TRIGGER claim_cell_days_updated AFTER UPDATE ON claims REFERENCING OLD TABLE AS removed NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_cell_days_updated();
        CREATE TRIGGER claim_cell_days_deleted AFTER DELETE ON claims REFERENCING OLD TABLE AS removed
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_cell_days_deleted();
        """;

    private static string TriggerFunction(string name, string changes) =>
        $"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {AddCellDays(changes)}
          DELETE FROM claim_cell_days WHERE count = 0;
          RETURN NULL;
        END $$;
        """;

    /// <summary>Adds the changes (claims counted +1 or −1) to their cells at every kept zoom, by period and kind; an update that changes none of these nets to no row.</summary>
    public static string AddCellDays(string changes) =>
        $"""
        INSERT INTO claim_cell_days AS t (zoom, cell_x, cell_y, start_day, end_day, category, status, geo_precision, count, sum_x, sum_y)
          SELECT z.zoom, floor({ClusterCells.CellPosition("d.x", "z.zoom")})::integer, floor({ClusterCells.CellPosition("-d.y", "z.zoom")})::integer,
                 d.start_day, d.end_day, d.category, d.status, d.geo_precision, sum(d.n), sum(d.n * d.x), sum(d.n * d.y)
          FROM (SELECT ST_X(anchor) AS x, ST_Y(anchor) AS y, lower(period) AS start_day, upper(period) - 1 AS end_day, category, status, geo_precision, n
                FROM ({changes}) AS c WHERE anchor IS NOT NULL AND geo_precision IS NOT NULL) AS d
            CROSS JOIN unnest(ARRAY[{ClusterCellDays.ZoomList}]) AS z(zoom)
          WHERE {ClusterCells.InWorld("d.x", "d.y")}
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          HAVING sum(d.n) <> 0 OR sum(d.n * d.x) <> 0 OR sum(d.n * d.y) <> 0
          ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (zoom, cell_x, cell_y, start_day, end_day, category, status, geo_precision)
          DO UPDATE SET count = t.count + excluded.count, sum_x = t.sum_x + excluded.sum_x, sum_y = t.sum_y + excluded.sum_y;
        """;
}
