using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Empties the pending list of the search key's trigram index (<see cref="SearchKeyPendingListMigration"/>)
/// beside the writes: a moment after writes commit (<see cref="AfterWrites"/>), one
/// <c>gin_clean_pending_list</c> moves the keys the edits appended into the index, so that no edit
/// finds the list full and merges it itself. The cleaning runs on a session of its own (<see cref="Settings"/>),
/// which the cleaner owns and closes. Thread-safe.
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

    /// <summary>
    /// The cleaner's connection settings: one session, never one of the edits'. On the edits' pool a
    /// cleaning running beside an edit made the pool open a new session mid-load, whose first edit
    /// paid for its first statements, 0.93–1.22 s in all (bench/RESULTS.md, Scale, page36).
    /// </summary>
    public static string Settings(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.Named(Job).ConnectionString;

    /// <summary>The job the cleaner's session is named after (<see cref="PostGisAddress.Named"/>).</summary>
    internal const string Job = "search keys";

    public async ValueTask DisposeAsync()
    {
        await _afterWrites.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

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
