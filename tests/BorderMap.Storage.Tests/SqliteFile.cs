using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>Statements on a GeoPackage file outside the store, as another tool (or an earlier release) would run them, each on its own unpooled connection.</summary>
internal static class SqliteFile
{
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
