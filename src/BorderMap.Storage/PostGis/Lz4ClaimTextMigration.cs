namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 21: the claim's <c>data</c> and <c>search_key</c> are compressed with LZ4 instead of
/// PostgreSQL's default pglz, where the server was built with it (Debian's and most are; elsewhere
/// this changes nothing). A claim row holds its <c>data</c>, its search key and its page item
/// (~2.9 kB), over the 2 kB at which PostgreSQL compresses or moves columns out of the row. pglz
/// gives up on the <c>jsonb</c> unless it saves a quarter, so most rows paid for a compression attempt
/// and then stored the value out of line uncompressed; LZ4 is several times faster and keeps any
/// saving. The page item (<see cref="PageJsonMigration"/>) keeps its setting: it stays in the row
/// and uncompressed while the row fits, as the other columns go first. Stored values keep their
/// compression until rewritten; only new writes use LZ4.
/// </summary>
internal static class Lz4ClaimTextMigration
{
    public const string Sql =
        """
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
            ALTER TABLE claims ALTER COLUMN data SET COMPRESSION lz4, ALTER COLUMN search_key SET COMPRESSION lz4;
          END IF;
        END $$;
        """;
}
