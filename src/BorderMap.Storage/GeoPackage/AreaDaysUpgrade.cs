using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Upgrades a file whose <c>claim_areas</c> rows (<see cref="DerivedSchema"/>, version 2) hold only
/// the area and the claim to rows that also hold the claim's first and last day, copied from
/// <c>claim_summary</c>: a region's claims in a date range are then found in the region's part of
/// <c>claim_areas</c> alone (<see cref="GeoPackageQuery"/>), not by looking up each of its claims.
/// Runs when the file is opened, after <see cref="ClaimPeriodUpgrade"/> (whose widened days it copies),
/// in the same transaction, which re-checks the version, so one process does it, once.
/// </summary>
internal static class AreaDaysUpgrade
{
    /// <summary>The version of the derived tables whose <c>claim_areas</c> rows hold the claim's days.</summary>
    public const int Version = 3;

    // A file written at version 3 has the columns already (NOT NULL, no default); one upgraded gets
    // them with a default that no row keeps, as SQLite adds a NOT NULL column only with one.
    private static readonly string[] Columns = ["start_day", "end_day"];

    private const string CopyDays =
        """
        UPDATE claim_areas SET start_day = s.start_day, end_day = s.end_day
          FROM claim_summary s WHERE s.claim_fid = claim_areas.claim_fid
        """;

    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (!DerivedSchema.IsBefore(command, Version))
        {
            return;
        }

        foreach (var column in Columns)
        {
            SourceVersionSchema.AddColumn(command, "claim_areas", column, $"ALTER TABLE claim_areas ADD COLUMN {column} TEXT NOT NULL DEFAULT ''");
        }

        command.CommandText = $"{CopyDays}; DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES ({Version});";
        command.ExecuteNonQuery();
    }
}
