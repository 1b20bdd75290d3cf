using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// While BorderMap has a GeoPackage open, the file is in SQLite's write-ahead-log mode: a commit
/// appends the pages it changed to <c>FILE.gpkg-wal</c> instead of writing the file through a
/// rollback journal, and readers go on reading the last committed state while a writer commits (in
/// rollback mode a commit waited for every open read and held new reads back).
/// <para>
/// <c>synchronous=NORMAL</c> in WAL mode: each commit is written to the log before it returns, but
/// not forced to the disk. An acknowledged write survives the process being killed, because the
/// operating system already holds it; a power cut or a kernel crash may lose the last commits
/// before the next checkpoint, never the file's consistency. <c>FULL</c> would sync the log at
/// every commit, tens of milliseconds on a busy disk, for that last case. A connection that finds
/// the file still in rollback mode (it could not switch: a read-only file system, another program
/// reading at that moment) keeps <c>FULL</c>, which rollback mode needs to keep the file whole.
/// </para>
/// <para>
/// At rest the file is an ordinary rollback-journal GeoPackage: when BorderMap closes the store it
/// switches the file back, which copies the log into it and deletes the log, so the .gpkg alone is
/// complete and opens anywhere, read-only media included (a WAL file cannot be read there without
/// its <c>-shm</c> beside it). While another process still has the file open the switch cannot
/// happen; the last one to close it copies the log in.
/// </para>
/// </summary>
internal static class WriteAheadLog
{
    /// <summary>What a checkpointed log is cut back to, so that a large import's log does not keep its size on disk.</summary>
    private const long KeptLogBytes = 64L << 20;

    /// <summary>
    /// Switches the connection's file to WAL if that can be done at once, then sets how its commits
    /// reach the disk. Its commits never copy the log into the file themselves: the store does that
    /// beside them (<see cref="WalCheckpoints"/>).
    /// </summary>
    public static void Use(SqliteConnection connection)
    {
        // sqlite3_exec answers at once; a command would retry a busy switch for the whole command timeout.
        _ = SQLitePCL.raw.sqlite3_exec(connection.Handle, "PRAGMA journal_mode = WAL");
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var synchronous = IsWal(command.ExecuteScalar()) ? "NORMAL" : "FULL";
        command.CommandText = $"PRAGMA synchronous = {synchronous}; PRAGMA journal_size_limit = {KeptLogBytes}; PRAGMA wal_autocheckpoint = 0";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Puts the connection's file into rollback mode for one bulk write, with the <c>FULL</c> sync
    /// that mode needs, if no other connection has it open; false when it stays in WAL mode. Why:
    /// a large import in WAL mode writes every page twice, into the log and, when the store closes,
    /// from there into the file, and looks each page it reads up in the log's index; in rollback
    /// mode the pages it adds to the file are written once and journaled not at all (a million-claim
    /// import took 29 % longer in WAL mode). Nobody else has the file open to read it meanwhile,
    /// which is what WAL is for; a program that opens it during the import finds it in rollback
    /// mode and, once the import holds the file's exclusive lock to write out pages, waits for its
    /// commit, as every reader did before WAL. <see cref="Use"/> switches it back afterwards.
    /// </summary>
    public static bool TryLeave(SqliteConnection connection)
    {
        _ = SQLitePCL.raw.sqlite3_exec(connection.Handle, "PRAGMA journal_mode = DELETE");
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        if (IsWal(command.ExecuteScalar()))
        {
            return false;
        }

        command.CommandText = "PRAGMA synchronous = FULL";
        command.ExecuteNonQuery();
        return true;
    }

    /// <summary>
    /// Puts the file at <paramref name="path"/> back into rollback mode, the log copied in, unless
    /// another connection still has it open; false when it stays in WAL mode (or cannot be opened).
    /// </summary>
    public static bool Leave(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            _ = SQLitePCL.raw.sqlite3_exec(connection.Handle, "PRAGMA journal_mode = DELETE");
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            return !IsWal(command.ExecuteScalar());
        }
        catch (SqliteException)
        {
            // Gone, unreadable or read-only: the file stays as it is, and its next user finds the log if there is one.
            return false;
        }
    }

    private static bool IsWal(object? mode) => string.Equals(mode as string, "wal", StringComparison.OrdinalIgnoreCase);
}
