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

    /// <summary>
    /// The caches given the larger size: the file's, and that of the temporary database, where an
    /// import lists its ids and written claims and its end stages its sorts. SQLite gives the
    /// temporary database a cache of its own, 2 MB by default, whatever the file's is, and once
    /// its tables outgrow it every page is written out to a temporary file and read back again
    /// (measured: 87 MiB read back for a 20,000-claim import).
    /// </summary>
    private static readonly string[] Schemas = ["main", "temp"];

    private readonly SqliteConnection _connection;
    private readonly long[] _ownCacheSizes;
    private readonly bool _leftLog;

    private WriteConnection(SqliteConnection connection)
    {
        _connection = connection;
        using var command = connection.CreateCommand();
        _ownCacheSizes = [.. Schemas.Select(schema =>
        {
            command.CommandText = $"PRAGMA {schema}.cache_size";
            return (long)command.ExecuteScalar()!;
        })];
        SetCacheSizes(command, Schemas.Select(_ => -CacheKiB));
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
            SetCacheSizes(command, _ownCacheSizes);
        }

        if (_leftLog)
        {
            WriteAheadLog.Use(_connection);
        }
    }

    private static void SetCacheSizes(SqliteCommand command, IEnumerable<long> sizes)
    {
        command.CommandText = string.Concat(Schemas.Zip(sizes, (schema, size) => $"PRAGMA {schema}.cache_size = {size};"));
        command.ExecuteNonQuery();
    }
}
