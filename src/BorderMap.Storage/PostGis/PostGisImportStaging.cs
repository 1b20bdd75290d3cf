namespace BorderMap.Storage.PostGis;

/// <summary>
/// Where a bulk import's new claims wait until its last chunk is written: a temporary table
/// without indexes or triggers, dropped with the transaction. Written chunk by chunk with
/// <c>COPY</c>, then moved into <c>claims</c> by one statement, so the indexes of
/// <c>claims</c> take every row in one pass, and the statement triggers that keep
/// <c>claim_cells</c> and <c>claim_days</c> count the whole import once, set-wise, instead of
/// once per chunk with a conflict check per counted row. The claims' areas go into
/// <c>claim_areas</c> in the same statement, from the ids the insert returns. Nothing of the
/// import is visible to other transactions before it commits, so staging changes nothing they see.
/// </summary>
internal static class PostGisImportStaging
{
    public const string Table = "import_claims";

    /// <summary>The columns of <see cref="PostGisTables"/>' inserted claim rows, in any order the <c>COPY</c> names them; <c>n</c> keeps the file's order.</summary>
    public const string CreateSql =
        $"""
        CREATE TEMP TABLE {Table} (
          n bigint GENERATED ALWAYS AS IDENTITY,
          id text NOT NULL, version integer NOT NULL, geom geometry NOT NULL, title text NOT NULL, category text NOT NULL,
          status text NOT NULL, event_date text NOT NULL, end_date text, source text NOT NULL,
          created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, data jsonb NOT NULL,
          search_key text, anchor geometry, geo_precision smallint, actors text[], actor_keys text[], area_ids text[], period daterange
        ) ON COMMIT DROP
        """;

    /// <summary>
    /// Inserts the staged claims in the order they were read (so their positions follow the file),
    /// and their areas; then empties the table, so a transaction could stage again. The index on
    /// <c>n</c>, built once here, lets the insert read the staged rows in order without sorting them.
    /// </summary>
    public static string MoveSql(string columns) =>
        $"""
        CREATE INDEX ON {Table} (n);
        ANALYZE {Table};
        WITH added AS (
          INSERT INTO claims ({columns}) SELECT {columns} FROM {Table} ORDER BY n
          RETURNING fid, area_ids)
        INSERT INTO claim_areas (claim_fid, area_id)
          SELECT added.fid, a.area_id FROM added CROSS JOIN unnest(added.area_ids) AS a(area_id);
        DROP TABLE {Table};
        """;
}
