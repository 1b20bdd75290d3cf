namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 19: RESERVED for srvread's GiST index migration, which replaces this file at merge.
/// It does nothing; it holds the number so that migration 20 (<see cref="SearchKeyPendingListMigration"/>)
/// can follow, as the migrations run in number order.
/// </summary>
internal static class ReservedMigration19
{
    public const string Sql = "SELECT 1;";
}
