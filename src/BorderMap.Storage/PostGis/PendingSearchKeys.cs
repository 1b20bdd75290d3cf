using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Empties the pending list of the search key's trigram index (<see cref="SearchKeyPendingListMigration"/>)
/// beside the writes: a moment after writes commit (<see cref="AfterWrites"/>), one
/// <c>gin_clean_pending_list</c> moves the keys the edits appended into the index, so that no edit
/// finds the list full and merges it itself. Thread-safe.
/// </summary>
internal sealed class PendingSearchKeys : IAsyncDisposable
{
    /// <summary>A second's edits are cleaned together: each cleaning reads the list's pages once.</summary>
    private static readonly TimeSpan Gather = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource _dataSource;
    private readonly AfterWrites _afterWrites;

    public PendingSearchKeys(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _afterWrites = new AfterWrites(Gather, Clean);
    }

    /// <summary>A write committed: its keys are moved from the list into the index shortly.</summary>
    public void Wrote() => _afterWrites.Wrote();

    public ValueTask DisposeAsync() => _afterWrites.DisposeAsync();

    private void Clean()
    {
        try
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand("SELECT gin_clean_pending_list('claims_search_key_idx'::regclass)", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // Not the index's owner, a server gone or in recovery meanwhile: autovacuum cleans the
            // list, and failing that the edit that finds it full, as with any GIN index.
        }
    }
}
