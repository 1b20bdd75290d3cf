using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>Runs one query on an open connection and reads its rows.</summary>
internal static class PostGisRows
{
    public static List<T> Read<T>(NpgsqlConnection connection, string sql, IEnumerable<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, read);
    }

    /// <summary>Runs a statement with no command timeout: a bulk step (an index build, a set-wise count) takes as long as the table is large, and is cancelled by its caller, not a clock.</summary>
    public static void ExecuteUntimed(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
