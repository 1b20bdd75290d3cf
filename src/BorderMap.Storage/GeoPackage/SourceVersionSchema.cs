using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// What this release adds to a BorderMap GeoPackage: the <c>reliability</c> of each source
/// (Admiralty A–F) and the <c>quote_anchors</c> of source versions (<see cref="AnchorRows"/>).
/// Applied when a file is created and when one from an earlier release is opened; SQLite has no
/// <c>ADD COLUMN IF NOT EXISTS</c>, so the column is looked for first.
/// </summary>
internal static class SourceVersionSchema
{
    private const string HasReliability = "SELECT 1 FROM pragma_table_info('sources') WHERE name = 'reliability'";

    private const string AddReliability = "ALTER TABLE sources ADD COLUMN reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))";

    public static void Apply(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = HasReliability;
        if (command.ExecuteScalar() is null)
        {
            command.CommandText = AddReliability;
            command.ExecuteNonQuery();
        }

        command.CommandText = AnchorRows.Create;
        command.ExecuteNonQuery();
    }
}
