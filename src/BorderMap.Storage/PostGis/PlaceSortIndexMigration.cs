namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 25: the place sort's index on migration 24's stored <c>place</c> column instead of the
/// <c>data</c> expression of migration 8. A page sorted by place tested or returned the key by
/// fetching and decompressing the claim's <c>jsonb</c> for every row it read (out of line at
/// 1,000,000 claims); the column is in the row. Nothing else reads the old index.
/// </summary>
internal static class PlaceSortIndexMigration
{
    public const string Sql = """
        DROP INDEX claims_by_place_idx;
        CREATE INDEX claims_by_place_idx ON claims ((place COLLATE "C"), fid);
        """;
}
