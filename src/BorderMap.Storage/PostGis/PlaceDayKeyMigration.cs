namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 28: the function that computes a claim's key in place-and-date order
/// (<see cref="PlaceDayOrder"/>), by which a staged import writes the claims' table. A store's
/// rows stay where they are until its next staged import: ordering 1,000,000 claims in place
/// rewrites the table and rebuilds its nineteen indexes (16 minutes on a busy machine), too long
/// for an upgrade at start-up.
/// </summary>
internal static class PlaceDayKeyMigration
{
    public static string Sql => PlaceDayOrder.FunctionSql;
}
