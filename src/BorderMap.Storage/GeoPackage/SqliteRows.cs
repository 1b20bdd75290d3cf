using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>Runs one read statement with named parameters and maps its rows; every GeoPackage read goes through it.</summary>
internal static class SqliteRows
{
    public static List<T> Select<T>(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object> parameters, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, read);
    }
}
