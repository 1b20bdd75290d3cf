using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Copies the write-ahead log into the GeoPackage beside the writes, not inside them. SQLite's
/// automatic checkpoint runs in the commit that takes the log past 1,000 pages: that one write
/// then copies the pages into the file and waits for the disk to sync it, tens to hundreds of
/// milliseconds on a busy disk, so every tenth or so edit was the slow one. The store's
/// connections turn it off (<see cref="WriteAheadLog.Use"/>); instead, after a write commits, a
/// pool thread runs a passive checkpoint a moment later (<see cref="AfterWrites"/>), which copies
/// what no reader still needs and waits for no one. Before each checkpoint it runs
/// the store's own upkeep after writes it is given (<see cref="SearchMerges"/>). Thread-safe.
/// </summary>
internal sealed class WalCheckpoints : IAsyncDisposable
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(250);

    private readonly Func<SqliteConnection> _connect;
    private readonly Action<SqliteConnection> _beforeCheckpoint;
    private readonly AfterWrites _afterWrites;

    public WalCheckpoints(Func<SqliteConnection> connect, Action<SqliteConnection> beforeCheckpoint)
    {
        (_connect, _beforeCheckpoint) = (connect, beforeCheckpoint);
        _afterWrites = new AfterWrites(Gather, Checkpoint);
    }

    /// <summary>A write committed: its pages are copied into the file shortly.</summary>
    public void Wrote() => _afterWrites.Wrote();

    public ValueTask DisposeAsync() => _afterWrites.DisposeAsync();

    private void Checkpoint()
    {
        try
        {
            using var connection = _connect();
            _beforeCheckpoint(connection);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // The file went read-only or away meanwhile: the log stays until the next write's
            // checkpoint or the store's close copies it in, and SQLite reads through it meanwhile.
        }
    }
}
