using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Merges the segments of the search index (<c>claim_search</c>, FTS5) beside the writes, not
/// inside them. Each write adds a small segment, and FTS5's automerge folds segments together a
/// little at a time inside the writes: every 64 leaf pages written, one write merges 64 pages per
/// level of the index. At a million claims that was one edit in about twenty spending 50–100 ms of
/// CPU in the merge (measured, 2026-12-04). The store turns automerge off in the file
/// (<see cref="LeaveToTheStore"/>) and merges here, on the pool thread that copies the log into
/// the file after writes (<see cref="WalCheckpoints"/>): a few pages per short write transaction,
/// each taken under the store's write gate, so that an edit waits for one step at most. FTS5's
/// crisis merge (a level of 16 segments merged at once, inside a write) stays as the backstop.
/// </summary>
internal static class SearchMerges
{
    /// <summary>Pages one step merges: a few milliseconds of work.</summary>
    private const int PagesPerStep = 32;

    /// <summary>Turns FTS5's automerge off in the file, once: a setting FTS5 keeps in <c>claim_search_config</c>.</summary>
    public static void LeaveToTheStore(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM claim_search_config WHERE k = 'automerge'";
        if (command.ExecuteScalar() is long automerge && automerge == 0)
        {
            return;
        }

        command.CommandText = "INSERT INTO claim_search (claim_search, rank) VALUES ('automerge', 0)";
        command.ExecuteNonQuery();
    }

    /// <summary>Merges a step at a time, each in its own transaction under <paramref name="writing"/>, until a step finds nothing left to merge.</summary>
    public static void Run(SqliteConnection connection, Lock writing)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO claim_search (claim_search, rank) VALUES ('merge', {PagesPerStep})";
        var merged = true;
        while (merged)
        {
            using (writing.EnterScope())
            using (var transaction = connection.BeginTransaction())
            {
                command.Transaction = transaction;
                var before = SQLitePCL.raw.sqlite3_total_changes(connection.Handle);
                command.ExecuteNonQuery();
                // FTS5 counts a step that merged nothing as fewer than two changes.
                merged = SQLitePCL.raw.sqlite3_total_changes(connection.Handle) - before >= 2;
                transaction.Commit();
            }
        }
    }
}
