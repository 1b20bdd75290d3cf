namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 14: an index of the claims whose derived values are missing (written by a release
/// before migration 3), which every start-up looks for (<see cref="PostGisBackfill"/>). Without it
/// that look is a walk of the whole claims table, 3 s of a million-claim start-up; the index holds
/// no row once the backfill has run, so writes never maintain it.
/// </summary>
internal static class UnderivedIndexMigration
{
    public const string Sql = "CREATE INDEX claims_underived_idx ON claims (fid) WHERE search_key IS NULL;";
}
