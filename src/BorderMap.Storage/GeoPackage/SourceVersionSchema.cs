using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// What this release adds to a BorderMap GeoPackage: the <c>reliability</c> of each source
/// (Admiralty A–F), the indexed <c>credibility</c> of each claim (Admiralty 1–6) and the
/// <c>quote_anchors</c> of source versions (<see cref="AnchorRows"/>).
/// Applied when a file is created and when one from an earlier release is opened; SQLite has no
/// <c>ADD COLUMN IF NOT EXISTS</c>, so each column is looked for first.
/// </summary>
internal static class SourceVersionSchema
{
    private const string AddReliability = "ALTER TABLE sources ADD COLUMN reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))";

    private const string AddCredibility = "ALTER TABLE claims ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6)";

    public static void Apply(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        AddColumn(command, "sources", "reliability", AddReliability);
        AddColumn(command, "claims", "credibility", AddCredibility);
        command.CommandText = "CREATE INDEX IF NOT EXISTS claims_by_credibility ON claims (credibility);" + AnchorRows.Create;
        command.ExecuteNonQuery();
    }

    /// <summary>Adds the column with <paramref name="add"/> unless the table has it.</summary>
    internal static void AddColumn(SqliteCommand command, string table, string column, string add)
    {
        command.CommandText = $"SELECT 1 FROM pragma_table_info('{table}') WHERE name = '{column}'";
        if (command.ExecuteScalar() is null)
        {
            command.CommandText = add;
            command.ExecuteNonQuery();
        }
    }
}
