using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// Where a read goes: to a streaming replica when the store has one, so that a team's readers do
/// not load the primary, except while this store's own last write has not reached it yet (a writer
/// reads its own writes). After each write the store notes the primary's WAL position
/// (<c>pg_current_wal_insert_lsn()</c>, read after commit: with asynchronous commit the commit record may not be written out yet); a read goes to the replica once its replayed
/// position (<c>pg_last_wal_replay_lsn()</c>) has passed it, else to the primary. Without a
/// replica every read goes to the primary. <paramref name="primary"/> is a pool of reading
/// connections to the primary, apart from the writes'; the route owns and closes both pools. Thread-safe.
/// </summary>
internal sealed class PostGisReadRoute(NpgsqlDataSource primary, NpgsqlDataSource? replica) : IAsyncDisposable
{
    private const string PrimaryPosition = "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint";

    private const string ReplayedPosition = "SELECT coalesce((pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint, 0)";

    private long _written;
    private long _replayed;

    public bool HasReplica => replica is not null;

    /// <summary>Notes how far the primary's WAL was when a write of this store committed, on the connection that wrote it.</summary>
    public void Wrote(NpgsqlConnection connection)
    {
        if (replica is null)
        {
            return;
        }

        var position = Position(connection, PrimaryPosition);
        for (var seen = Volatile.Read(ref _written); position > seen; seen = Volatile.Read(ref _written))
        {
            if (Interlocked.CompareExchange(ref _written, position, seen) == seen)
            {
                break;
            }
        }
    }

    /// <summary>An open connection to read from: the replica when it has replayed this store's writes, else the primary.</summary>
    public NpgsqlConnection Open()
    {
        if (replica is null)
        {
            return primary.OpenConnection();
        }

        var connection = replica.OpenConnection();
        var written = Volatile.Read(ref _written);
        if (written <= Volatile.Read(ref _replayed))
        {
            return connection;
        }

        var replayed = Position(connection, ReplayedPosition);
        if (replayed >= written)
        {
            Interlocked.Exchange(ref _replayed, replayed);
            return connection;
        }

        connection.Dispose();
        return primary.OpenConnection();
    }

    /// <summary>
    /// Opens <paramref name="sessions"/> reading sessions together, where the reads go (the replica when
    /// there is one), and runs <paramref name="warmUp"/> on each, side by side; they then wait in the pool
    /// for the first requests, which the pool keeps for as long as it runs (its minimum size).
    /// </summary>
    public void OpenSessions(int sessions, Action<NpgsqlConnection> warmUp)
    {
        var connections = new List<NpgsqlConnection>(sessions);
        try
        {
            for (var i = 0; i < sessions; i++)
            {
                connections.Add((replica ?? primary).OpenConnection());
            }

            Parallel.ForEach(connections, warmUp);
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Closes the route's pools: the reads have their own, apart from the writes' (<see cref="PostGisClaimStore"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        await primary.DisposeAsync();
        if (replica is not null)
        {
            await replica.DisposeAsync();
        }
    }

    private static long Position(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
