using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A store with a read replica: writes go to the primary, reads to a streaming replica started by
/// the test, and a writer reads its own writes even while the replica lags behind.
/// </summary>
public sealed class PostGisReplicaTests : IAsyncLifetime
{
    private readonly PostGisServer _primary = new();
    private PostGisServer _replica = null!;
    private string _database = null!;

    public async Task InitializeAsync()
    {
        await _primary.InitializeAsync();
        _database = await _primary.NewDatabaseAsync();
        await using (PostGisClaimStore.Open(_database, TestData.Geodata.Areas, TestData.Seed))
        {
            // Migrated and seeded on the primary before the replica is copied from it.
        }

        _replica = await _primary.StartReplicaAsync();
    }

    public async Task DisposeAsync()
    {
        await _replica.DisposeAsync();
        await _primary.DisposeAsync();
    }

    [Fact]
    public async Task Reads_come_from_the_replica_and_a_writer_reads_its_own_writes_while_the_replica_lags()
    {
        var replicaDatabase = _replica.ConnectionString(new NpgsqlConnectionStringBuilder(_database).Database!);
        await using var writer = PostGisClaimStore.Open(_database, TestData.Geodata.Areas, TestData.Seed, readLocation: replicaDatabase);
        await using var reader = PostGisClaimStore.Open(_database, TestData.Geodata.Areas, TestData.Seed, readLocation: replicaDatabase);
        var before = await reader.PositionAsync();

        // Opening a store commits its (empty) seeding transaction, which it then waits to see on the
        // replica before reading there; on a busy machine the replica may not have replayed it yet.
        await CaughtUpAsync(_database, replicaDatabase);
        await ReplayAsync(replicaDatabase, "pg_wal_replay_pause()");
        // Far longer than the test takes, so an answer within the bound below was woken by the replayed write, not the timeout.
        var waiting = reader.WaitForChangeAsync(before, TimeSpan.FromMinutes(2));
        var created = await writer.CreateClaimAsync(TestData.PointDraft("replicated"), "ana");

        // The writer reads its own write from the primary; the reader still reads the paused replica.
        Assert.Equal(created.Id, (await writer.FindClaimAsync(created.Id))?.Id);
        Assert.Contains(created.Id, (await writer.PageAsync(ClaimFilter.All, null, IClaimStore.MaxPageSize)).Claims.Select(c => c.Id));
        Assert.Null(await reader.FindClaimAsync(created.Id));
        Assert.Equal(before, await reader.PositionAsync());

        await ReplayAsync(replicaDatabase, "pg_wal_replay_resume()");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var after = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(after.History > before.History, $"the waiter woke without the write after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(created.Id, (await reader.FindClaimAsync(created.Id))?.Id);
        Assert.Single(await reader.HistoryAsync(created.Id));
    }

    private static async Task CaughtUpAsync(string primary, string replica)
    {
        var target = await ScalarAsync(primary, "(pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await ScalarAsync(replica, "coalesce((pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint, 0)") < target)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the replica did not replay the primary's WAL within 60 s");
            await Task.Delay(50);
        }
    }

    private static async Task<long> ScalarAsync(string database, string expression) =>
        Convert.ToInt64(await SelectAsync(database, expression), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task ReplayAsync(string replica, string function) => await SelectAsync(replica, function);

    private static async Task<object?> SelectAsync(string database, string expression)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {expression}", connection);
        return await command.ExecuteScalarAsync();
    }
}
