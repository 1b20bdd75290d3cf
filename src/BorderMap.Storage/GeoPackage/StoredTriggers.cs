using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Triggers dropped for a while inside one transaction and created again from their own stored
/// text, so that what comes back is exactly what was there (a file from any release keeps its own).
/// </summary>
internal static class StoredTriggers
{
    /// <summary>Drops those of <paramref name="names"/> that exist, after <paramref name="alsoRun"/>; answers their definitions.</summary>
    public static IReadOnlyList<string> Drop(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> names, string alsoRun = "")
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({string.Join(", ", names.Select(t => $"'{t}'"))})";
        var triggers = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                triggers.Add(reader.GetString(0));
            }
        }

        command.CommandText = alsoRun + string.Concat(names.Select(t => $"DROP TRIGGER IF EXISTS {t};"));
        command.ExecuteNonQuery();
        return triggers;
    }

    /// <summary>The statements that create <paramref name="definitions"/> again.</summary>
    public static string Create(IEnumerable<string> definitions) => string.Concat(definitions.Select(sql => sql + ";"));
}
