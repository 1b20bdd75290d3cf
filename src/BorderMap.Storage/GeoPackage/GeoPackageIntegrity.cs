using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// SQLite's own check of a GeoPackage file's pages and indexes. It opens the file for writing (never
/// creating it) because a process killed mid-write leaves either a hot rollback journal, which only
/// a writer may roll back (a read-only reader stops at it), or a write-ahead log whose uncommitted
/// tail the opener drops as it rebuilds the log's index (see <see cref="WriteAheadLog"/>). The check
/// itself writes nothing, and SQLite falls back to reading when the file is write-protected.
/// </summary>
public static class GeoPackageIntegrity
{
    private const int MaxReported = 100;

    /// <summary>What SQLite's <c>quick_check</c> finds wrong, at most 100 lines; empty when the file is sound.</summary>
    public static IReadOnlyList<string> Problems(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA quick_check({MaxReported})";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines is ["ok"] ? [] : lines;
    }
}
