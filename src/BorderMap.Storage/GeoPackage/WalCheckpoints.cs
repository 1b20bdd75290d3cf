using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Copies the write-ahead log into the GeoPackage beside the writes, not inside them. SQLite's
/// automatic checkpoint runs in the commit that takes the log past 1,000 pages: that one write
/// then copies the pages into the file and waits for the disk to sync it, tens to hundreds of
/// milliseconds on a busy disk, so every tenth or so edit was the slow one. The store's
/// connections turn it off (<see cref="WriteAheadLog.Use"/>); instead, after a write commits, a
/// pool thread runs a passive checkpoint a moment later (<see cref="Gather"/>: the writes of that
/// moment go together), one at a time; it copies what no reader still needs and waits for no one.
/// Closing runs the last one at once if a write is waiting for it. Before each checkpoint it runs
/// <paramref name="beforeCheckpoint"/>, the store's own upkeep after writes (<see cref="SearchMerges"/>). Thread-safe.
/// </summary>
internal sealed class WalCheckpoints(Func<SqliteConnection> connect, Action<SqliteConnection> beforeCheckpoint) : IAsyncDisposable
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private Task _running = Task.CompletedTask;
    private bool _scheduled;
    private bool _wroteMeanwhile;

    /// <summary>A write committed: its pages are copied into the file shortly.</summary>
    public void Wrote()
    {
        lock (_gate)
        {
            if (_closing.IsCancellationRequested)
            {
                return;
            }

            if (_scheduled)
            {
                _wroteMeanwhile = true;
                return;
            }

            _scheduled = true;
            _running = Task.Run(RunAsync);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task running;
        lock (_gate)
        {
            running = _running;
            _closing.Cancel();
        }

        await running;
        _closing.Dispose();
    }

    private async Task RunAsync()
    {
        do
        {
            try
            {
                await Task.Delay(Gather, _closing.Token);
            }
            catch (OperationCanceledException)
            {
                // Closing: copy what the writes so far left in the log now, while the store is still open.
            }

            Checkpoint();
        }
        while (TakeNext());
    }

    /// <summary>Whether another write committed while the checkpoint ran, so that another one is due; else the next write schedules one.</summary>
    private bool TakeNext()
    {
        lock (_gate)
        {
            var again = _wroteMeanwhile && !_closing.IsCancellationRequested;
            _wroteMeanwhile = false;
            _scheduled = again;
            return again;
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = connect();
            beforeCheckpoint(connection);
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
