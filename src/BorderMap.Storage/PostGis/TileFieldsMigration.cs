namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 24: each claim's time precision and place in columns of their own, derived by the
/// database from the claim's data as it is written (so every write path sets them, and a bulk
/// import's <c>COPY</c> lists no new column). A single-claim tile styles its points on both, and
/// read them from the <c>jsonb</c>, which at 1,000,000 claims lies out of line: each field fetched and
/// decompressed the whole claim again, ~40 % of such a tile's CPU in PostgreSQL (bench/RESULTS.md,
/// Scale, branch pgpage6). Adding stored columns rewrites the table and its indexes once, at upgrade.
/// </summary>
internal static class TileFieldsMigration
{
    public const string Sql = """
        ALTER TABLE claims
          ADD COLUMN time_precision text GENERATED ALWAYS AS (data->>'timePrecision') STORED,
          ADD COLUMN place text GENERATED ALWAYS AS (data->>'place') STORED;
        """;
}
