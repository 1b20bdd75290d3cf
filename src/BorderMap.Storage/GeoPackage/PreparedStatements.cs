using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The statements a connection's writes run, each prepared when first run and then only given new
/// values: within one transaction (an import runs the same few statements per chunk), or across
/// the transactions of a <see cref="KeptWriter"/>, whose edits each run the same dozen or so.
/// <see cref="Use"/> moves them to the next transaction. Not thread-safe: it belongs to one
/// connection, and that connection to one writer at a time.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private TableInserts? _inserts;

    /// <summary>The row inserters, prepared as their tables are first written (<see cref="TableInserts"/>).</summary>
    public TableInserts Rows => _inserts ??= new(connection);

    /// <summary>Runs every statement in <paramref name="transaction"/> from now on, with no rows left over from an earlier one that failed.</summary>
    public void Use(SqliteTransaction transaction)
    {
        _transaction = transaction;
        foreach (var command in _commands.Values)
        {
            command.Transaction = transaction;
        }

        _inserts?.Discard();
    }

    /// <summary>The command for <paramref name="sql"/> with these values; a command's parameters are created once and then only get new values.</summary>
    public SqliteCommand Bound(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        if (command.Parameters.Count != parameters.Length)
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        _inserts?.Dispose();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            _commands[sql] = command;
        }

        return command;
    }
}
