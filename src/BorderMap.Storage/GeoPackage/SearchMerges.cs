using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Merges the segments of the search index (<c>claim_search</c>, FTS5) beside the writes, not
/// inside them. Each write adds a small segment, and FTS5's automerge folds segments together a
/// little at a time inside the writes: every 64 leaf pages written, one write merges 64 pages per
/// level of the index. At a million claims that was one edit in about twenty spending 50–100 ms of
/// CPU in the merge (measured, 2026-12-04). The store keeps these settings in the file
/// (<see cref="Tune"/>):
/// <list type="bullet">
/// <item>automerge off: no write merges a little on the side;</item>
/// <item>the store's own merges (<see cref="Run"/>) wait for 16 segments on a level (FTS5's most;
/// its default is 4), so each key is rewritten on fewer levels and a merge seldom reaches the
/// large segments an import leaves;</item>
/// <item>the crisis merge, which FTS5 runs inside a write that leaves a level with that many
/// segments, at 64 instead of 16, so that it stays a backstop for when the store's merges cannot
/// keep up and never the usual case.</item>
/// </list>
/// The store merges on the pool thread that copies the log into the file after writes
/// (<see cref="WalCheckpoints"/>): a few pages per short write transaction under the store's
/// <see cref="WriteGate"/>, and it stops as soon as a write waits for the gate, so that an edit
/// waits for one step at most; the edit's own checkpoint resumes it.
/// </summary>
internal static class SearchMerges
{
    /// <summary>Pages one step merges: a few milliseconds of work.</summary>
    private const int PagesPerStep = 32;

    /// <summary>The file's settings for edits: no automerge, the store's merges at 16 segments a level, a crisis at 64.</summary>
    private static readonly (string Name, long Value)[] StoreSettings = [("automerge", 0), ("usermerge", 16), ("crisismerge", 64)];

    /// <summary>
    /// FTS5's own defaults, for a bulk import's insert of every key: it merges as it goes, leaving
    /// a few large segments with fewer than 16 on any level, which the store's merges then leave alone.
    /// </summary>
    private static readonly (string Name, long Value)[] ImportSettings = [("automerge", 4), ("usermerge", 4), ("crisismerge", 16)];

    /// <summary>Gives the file the store's settings where it lacks them; FTS5 keeps them in <c>claim_search_config</c>.</summary>
    public static void Tune(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var (name, value) in StoreSettings)
        {
            command.CommandText = $"SELECT v FROM claim_search_config WHERE k = '{name}'";
            if (command.ExecuteScalar() is long kept && kept == value)
            {
                continue;
            }

            Set(command, name, value);
        }
    }

    /// <summary>Adds the keys <paramref name="select"/> gives (rowid, key) with FTS5's defaults, then gives the file the store's settings again.</summary>
    public static void FillForImport(SqliteConnection connection, SqliteTransaction transaction, string select)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var (name, value) in ImportSettings)
        {
            Set(command, name, value);
        }

        command.CommandText = $"INSERT INTO claim_search (rowid, key) {select}";
        command.ExecuteNonQuery();
        foreach (var (name, value) in StoreSettings)
        {
            Set(command, name, value);
        }
    }

    /// <summary>Merges a step at a time, each in its own transaction under <paramref name="gate"/>, until a step finds nothing left to merge or a write waits.</summary>
    public static void Run(SqliteConnection connection, WriteGate gate)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO claim_search (claim_search, rank) VALUES ('merge', {PagesPerStep})";
        var merged = true;
        while (merged && !gate.EditWaiting)
        {
            using (gate.EnterForUpkeep())
            {
                if (gate.EditWaiting)
                {
                    return;
                }

                using var transaction = connection.BeginTransaction();
                command.Transaction = transaction;
                var before = SQLitePCL.raw.sqlite3_total_changes(connection.Handle);
                command.ExecuteNonQuery();
                // FTS5 counts a step that merged nothing as fewer than two changes.
                merged = SQLitePCL.raw.sqlite3_total_changes(connection.Handle) - before >= 2;
                transaction.Commit();
            }
        }
    }

    private static void Set(SqliteCommand command, string name, long value)
    {
        command.CommandText = $"INSERT INTO claim_search (claim_search, rank) VALUES ('{name}', {value})";
        command.ExecuteNonQuery();
    }
}
