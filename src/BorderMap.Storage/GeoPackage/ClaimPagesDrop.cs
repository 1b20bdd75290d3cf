using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Drops <c>claim_pages</c>, which derived tables of versions 4 and 5 kept: each claim's page item,
/// stored a second time beside the claim's row. A page now builds its items from the claims' rows
/// (<see cref="ClaimRows.AnchoredColumns"/>), and an import no longer writes each claim's text twice.
/// Runs when the file is opened, after every other upgrade, in the same transaction, which re-checks
/// the version, so one process does it, once. The freed pages stay in the file, for later writes.
/// </summary>
internal static class ClaimPagesDrop
{
    /// <summary>The version of the derived tables without <c>claim_pages</c>.</summary>
    public const int Version = 6;

    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (!DerivedSchema.IsBefore(command, Version))
        {
            return;
        }

        command.CommandText = $"DROP TABLE IF EXISTS claim_pages; DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES ({Version});";
        command.ExecuteNonQuery();
    }
}
