using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// A pooled connection readied for one import's write transaction, and given back as it was when
/// disposed (after the transaction): otherwise every connection that ever imported would keep its
/// large cache for the reads it serves later.
/// </summary>
internal sealed class WriteConnection : IDisposable
{
    /// <summary>A large write touches many pages; a 64 MiB cache keeps SQLite from spilling them to the file mid-transaction.</summary>
    public const long CacheKiB = 64 * 1024;

    private readonly SqliteConnection _connection;
    private readonly long _ownCacheSize;
    private readonly bool _leftLog;

    private WriteConnection(SqliteConnection connection)
    {
        _connection = connection;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        _ownCacheSize = (long)command.ExecuteScalar()!;
        command.CommandText = $"PRAGMA cache_size = {-CacheKiB}";
        command.ExecuteNonQuery();
        _leftLog = WriteAheadLog.TryLeave(connection);
    }

    /// <summary>
    /// An import: a larger cache and, when no other connection has the file open, the rollback
    /// journal instead of the write-ahead log until it ends (<see cref="WriteAheadLog.TryLeave"/>).
    /// </summary>
    public static WriteConnection ForImport(SqliteConnection connection) => new(connection);

    public void Dispose()
    {
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"PRAGMA cache_size = {_ownCacheSize}";
            command.ExecuteNonQuery();
        }

        if (_leftLog)
        {
            WriteAheadLog.Use(_connection);
        }
    }
}
