namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 16: each claim's page item (<see cref="ClaimPageJson"/>) in <c>claims.page_json</c>,
/// written with the claim, so that a page selects that one column and sends its bytes as they are.
/// It is stored <c>MAIN</c>: kept in the row and uncompressed while the row fits a page, the wide
/// <c>data</c> column being compressed or moved out of line first, so a page reads no TOAST and
/// decompresses nothing. The claims an earlier release wrote get theirs from C# right after
/// (<see cref="PostGisBackfill"/>), found through a partial index that holds no row once they have one.
/// Idempotent, as a migration undone by a test is applied again.
/// <para>
/// The rows stay in creation order, on purpose. A page of a box and a 30-day window at 1,000,000-claim
/// density meets ~1,365 candidates in ~1,560 buffers (index and heap); the same table rewritten in
/// the order of the GiST index on <c>(geom, period)</c> (<c>CLUSTER</c>) still read ~1,540
/// (<c>EXPLAIN (ANALYZE, BUFFERS)</c>, bench/RESULTS.md, 2026-12-04): a box and a date window together
/// select claims that no one physical order keeps side by side, so an import in a spatial order
/// would cost its sort and buy nothing here. What a page saves is what it reads of the rows it
/// keeps: one uncompressed column, not the <c>jsonb</c> and geometry turned into text and decoded.
/// </para>
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
