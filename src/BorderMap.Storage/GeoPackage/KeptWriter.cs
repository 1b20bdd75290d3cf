using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The connection this process writes single changes on (an edit, a new claim, a source), kept
/// open between them with its statements prepared (<see cref="PreparedStatements"/>). Opening a
/// pooled connection for each edit set its journal mode, cache and SQL functions again and
/// prepared every statement of the edit anew, triggers and all: a few milliseconds of CPU per edit
/// spent before its first row. Its cache is the large one a write wants
/// (<see cref="WriteConnection.CacheKiB"/>), kept: it serves no reads. It is not pooled, so that
/// <see cref="Drop"/> closes the file: before an import, which needs the file to itself
/// (<see cref="WriteAheadLog.TryLeave"/>), after a write that failed in SQLite, and when the store
/// closes. Used under the store's <see cref="WriteGate"/> only: not thread-safe.
/// </summary>
internal sealed class KeptWriter(Func<SqliteConnection> connect) : IDisposable
{
    private SqliteConnection? _connection;
    private PreparedStatements? _statements;

    /// <summary>The kept connection and its statements, opened on first use or after <see cref="Drop"/>.</summary>
    public (SqliteConnection Connection, PreparedStatements Statements) Take()
    {
        if (_connection is null || _statements is null)
        {
            var connection = connect();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"PRAGMA cache_size = {-WriteConnection.CacheKiB}";
                command.ExecuteNonQuery();
            }

            (_connection, _statements) = (connection, new PreparedStatements(connection));
        }

        return (_connection, _statements);
    }

    /// <summary>Closes the connection; the next write opens another.</summary>
    public void Drop()
    {
        _statements?.Dispose();
        _connection?.Dispose();
        (_connection, _statements) = (null, null);
    }

    public void Dispose() => Drop();
}
