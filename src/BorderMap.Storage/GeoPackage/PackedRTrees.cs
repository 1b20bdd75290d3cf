using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The claims' three R-trees (the GeoPackage's <c>rtree_claims_geom</c>, <c>claim_anchors</c> and
/// <c>claim_extents</c>) left unwritten for the rest of a large import and packed whole at its end
/// (<see cref="RTreePacking"/>): only an import as large as the store (<see cref="Writes.ImportScale"/>),
/// since packing rewrites the stored claims' boxes too. Meanwhile each claim written lists its
/// period as day numbers in <see cref="Periods"/>; its boxes are in <c>claim_summary</c> already
/// (the envelope of its geometry, and its anchor in Web Mercator). An updated claim's old box is
/// left out of the packing. All in the import's transaction: a failed import rolls it back.
/// </summary>
internal static class PackedRTrees
{
    /// <summary>Each claim the import wrote while the trees wait, with its first and last day as day numbers.</summary>
    public static readonly RowTable Periods = new("temp.import_periods (fid, first_day, last_day)", 3);

    private const string Written = "SELECT fid FROM temp.import_periods";

    private const string Summaries = "FROM temp.import_periods p JOIN claim_summary s ON s.claim_fid = p.fid";

    /// <summary>Starts an empty list of written claims (a pooled connection may keep an earlier import's).</summary>
    public static void Defer(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DROP TABLE IF EXISTS temp.import_periods; CREATE TEMP TABLE import_periods (fid INTEGER PRIMARY KEY, first_day INTEGER NOT NULL, last_day INTEGER NOT NULL)";
        command.ExecuteNonQuery();
    }

    /// <summary>Packs the three trees with the listed claims' boxes; after the last chunk's rows are flushed.</summary>
    public static void Finish(SqliteConnection connection, SqliteTransaction transaction)
    {
        RTreePacking.Rebuild(connection, transaction, "rtree_claims_geom", 2, $"SELECT p.fid, s.west, s.east, s.south, s.north {Summaries}", Written);
        RTreePacking.Rebuild(connection, transaction, "claim_anchors", 2, $"SELECT p.fid, s.x, s.x, s.y, s.y {Summaries}", Written);
        RTreePacking.Rebuild(connection, transaction, "claim_extents", 3, $"SELECT p.fid, s.west, s.east, s.south, s.north, p.first_day, p.last_day {Summaries}", Written);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DROP TABLE temp.import_periods";
        command.ExecuteNonQuery();
    }
}
