using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>Runs one query on an open connection and reads its rows.</summary>
internal static class PostGisRows
{
    /// <summary>
    /// Runs <paramref name="sql"/> and reads its rows. <paramref name="prepared"/>: the statement is
    /// prepared on the connection (Npgsql keeps it with the pooled connection, so a text seen before is
    /// neither parsed nor, once PostgreSQL settles on a generic plan, planned again); only for
    /// statements whose best plan does not depend on the values, such as reads of a count table's key.
    /// </summary>
    public static List<T> Read<T>(NpgsqlConnection connection, string sql, IEnumerable<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read, bool prepared = false)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        if (prepared)
        {
            command.Prepare();
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
