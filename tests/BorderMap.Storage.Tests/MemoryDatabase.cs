using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>A SQLite database in memory, for tests of the SQL and the writers the GeoPackage's tables are filled with.</summary>
internal static class MemoryDatabase
{
    public static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
