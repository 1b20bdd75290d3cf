namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 16: each claim's page item (<see cref="ClaimPageJson"/>) in <c>claims.page_json</c>,
/// written with the claim, so that a page selects that one column and sends its bytes as they are.
/// It is stored <c>MAIN</c>: kept in the row and uncompressed while the row fits a page, the wide
/// <c>data</c> column being compressed or moved out of line first, so a page reads no TOAST and
/// decompresses nothing. The claims an earlier release wrote get theirs from C# right after
/// (<see cref="PostGisBackfill"/>), found through a partial index that holds no row once they have one.
/// Idempotent, as a migration undone by a test is applied again.
/// </summary>
internal static class PageJsonMigration
{
    public const string Sql =
        """
        ALTER TABLE claims ADD COLUMN IF NOT EXISTS page_json bytea;
        ALTER TABLE claims ALTER COLUMN page_json SET STORAGE MAIN;
        CREATE INDEX IF NOT EXISTS claims_unpaged_idx ON claims (fid) WHERE page_json IS NULL;
        """;
}
