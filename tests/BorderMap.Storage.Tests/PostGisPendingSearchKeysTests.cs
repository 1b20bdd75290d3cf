using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The search key's trigram index keeps a pending list, which edits append to and the store
/// empties beside them (<c>PendingSearchKeys</c>): an edit is found at once, read from the list,
/// and shortly after the list is empty again without any edit having merged it.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisPendingSearchKeysTests(PostGisServer server)
{
    [Fact]
    public async Task Edits_are_found_at_once_and_their_keys_leave_the_pending_list_shortly_after()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var claim = await store.CreateClaimAsync(TestData.PointDraft("pending-keys").With(d => d with { Title = "Constructed title kvb0" }), "ana");
        for (var edit = 1; edit <= 5; edit++)
        {
            claim = await store.UpdateClaimAsync(claim.Id, claim.Data.Version, TestData.PointDraft("pending-keys").With(d => d with { Title = $"Constructed title kvb{edit}q" }), "ana");
            Assert.Equal([claim.Id], (await store.QueryAsync(new ClaimFilter { Text = $"kvb{edit}q" })).Select(c => c.Id));
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        Assert.Contains("fastupdate=on", await ScalarAsync<string>(connection, "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'claims_search_key_idx'"));
        await ScalarAsync<object>(connection, "CREATE EXTENSION IF NOT EXISTS pageinspect");

        // The store cleans a second after the last write; autovacuum would not come for six rows. Bounded by time, not by a
        // count of looks: on a loaded machine each look and the cleaning itself take longer.
        var pending = -1L;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (pending != 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
            pending = await ScalarAsync<long>(connection, "SELECT n_pending_tuples FROM gin_metapage_info(get_raw_page('claims_search_key_idx', 0))");
        }

        Assert.Equal(0, pending);
        Assert.Equal([claim.Id], (await store.QueryAsync(new ClaimFilter { Text = "kvb5q" })).Select(c => c.Id));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
