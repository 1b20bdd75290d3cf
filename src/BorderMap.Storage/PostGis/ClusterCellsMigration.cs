namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 7: the pre-counted clusters of low-zoom tiles (<see cref="ClusterCells"/>) in
/// <c>claim_cells</c>, filled from the claims already stored and kept by statement triggers on
/// <c>claims</c>, so every insert, update and delete (one claim, or a whole import chunk in one
/// statement) changes the counts in its own transaction, whichever instance or tool writes. Each
/// statement folds its changes into one delta per cell and category and applies them in key
/// order, so concurrent writers lock cells in the same order and never deadlock on them.
/// </summary>
internal static class ClusterCellsMigration
{
    private const string Added = "SELECT ST_X(anchor) AS x, ST_Y(anchor) AS y, category, 1 AS n FROM added WHERE anchor IS NOT NULL";

    private const string Removed = "SELECT ST_X(anchor) AS x, ST_Y(anchor) AS y, category, -1 AS n FROM removed WHERE anchor IS NOT NULL";

    public static string Sql =>
        $"""
        CREATE TABLE claim_cells (
          zoom smallint NOT NULL, cell_x integer NOT NULL, cell_y integer NOT NULL, category text NOT NULL,
          count bigint NOT NULL, sum_x double precision NOT NULL, sum_y double precision NOT NULL,
          PRIMARY KEY (zoom, cell_x, cell_y, category));
        CREATE INDEX claim_cells_empty_idx ON claim_cells (zoom) WHERE count = 0;

        {ApplyChanges("SELECT ST_X(anchor) AS x, ST_Y(anchor) AS y, category, 1 AS n FROM claims WHERE anchor IS NOT NULL")}

        {TriggerFunction("bordermap_cells_inserted", Added)}
        {TriggerFunction("bordermap_cells_updated", $"{Removed} UNION ALL {Added}")}
        {TriggerFunction("bordermap_cells_deleted", Removed)}
        CREATE TRIGGER claim_cells_inserted AFTER INSERT ON claims REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_cells_inserted();
        CREATE TRIGGER claim_cells_updated AFTER UPDATE ON claims REFERENCING OLD TABLE AS removed NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_cells_updated();
        CREATE TRIGGER claim_cells_deleted AFTER DELETE ON claims REFERENCING OLD TABLE AS removed
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_cells_deleted();
        """;

    private static string TriggerFunction(string name, string changes) =>
        $"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {ApplyChanges(changes)}
          DELETE FROM claim_cells WHERE count = 0;
          RETURN NULL;
        END $$;
        """;

    /// <summary>Adds the changes (anchor, category, +1 or −1 each) to their cells at every kept zoom; an update that moves nothing nets to no row.</summary>
    private static string ApplyChanges(string changes) =>
        $"""
        INSERT INTO claim_cells AS t (zoom, cell_x, cell_y, category, count, sum_x, sum_y)
          SELECT z.zoom, floor({ClusterCells.CellPosition("d.x", "z.zoom")})::integer, floor({ClusterCells.CellPosition("-d.y", "z.zoom")})::integer,
                 d.category, sum(d.n), sum(d.n * d.x), sum(d.n * d.y)
          FROM ({changes}) AS d CROSS JOIN unnest(ARRAY[{ClusterCells.ZoomList}]) AS z(zoom)
          WHERE {ClusterCells.InWorld("d.x", "d.y")}
          GROUP BY 1, 2, 3, 4
          HAVING sum(d.n) <> 0 OR sum(d.n * d.x) <> 0 OR sum(d.n * d.y) <> 0
          ORDER BY 1, 2, 3, 4
        ON CONFLICT (zoom, cell_x, cell_y, category)
          DO UPDATE SET count = t.count + excluded.count, sum_x = t.sum_x + excluded.sum_x, sum_y = t.sum_y + excluded.sum_y;
        """;
}
