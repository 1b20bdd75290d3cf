using System.Diagnostics;
using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Several writers and several store instances on one PostGIS database: no lost update, every
/// conflict reported, and a catalog catches up with what the others write without reloading.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisConcurrencyTests(PostGisServer server)
{
    [Fact]
    public async Task Twenty_parallel_writers_on_overlapping_claims_lose_no_update_and_get_conflicts()
    {
        var database = await server.NewDatabaseAsync();
        await using var setup = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        string[] ids = ["shared-a", "shared-b", "shared-c"];
        foreach (var id in ids)
        {
            await setup.CreateClaimAsync(TestData.PointDraft(id), "setup");
        }

        // Four instances, as if four app processes shared the database; five writers on each.
        var stores = Enumerable.Range(0, 4).Select(_ => PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed)).ToList();
        var conflicts = 0;
        var wins = new System.Collections.Concurrent.ConcurrentBag<(string Id, int Version, string Place)>();
        var writers = Enumerable.Range(0, 20).Select(writer => Task.Run(async () =>
        {
            var store = stores[writer % stores.Count];
            for (var round = 0; round < 10; round++)
            {
                var id = ids[(writer + round) % ids.Length];
                var current = (await store.FindClaimAsync(id))!;
                var place = $"writer {writer} round {round}";
                try
                {
                    var updated = await store.UpdateClaimAsync(id, current.Data.Version, TestData.PointDraft(id).With(d => d with { Place = place }), $"writer-{writer}");
                    wins.Add((id, updated.Data.Version, place));
                }
                catch (ClaimConflictException conflict)
                {
                    Assert.NotNull(conflict.Current);
                    Assert.True(conflict.Current.Data.Version > current.Data.Version);
                    Interlocked.Increment(ref conflicts);
                }
            }
        }));
        await Task.WhenAll(writers);

        Assert.True(conflicts > 0, "overlapping writers must have conflicted");
        Assert.Equal(200, wins.Count + conflicts);
        foreach (var id in ids)
        {
            var history = await setup.HistoryAsync(id);
            var won = wins.Where(w => w.Id == id).OrderBy(w => w.Version).ToList();

            // Every successful write is one history entry, versions without gaps, each building on the one before.
            Assert.Equal(Enumerable.Range(1, won.Count + 1), history.Select(h => h.Version));
            Assert.Equal(won.Select(w => w.Place), history.Skip(1).Select(h => h.NewValue!["properties"]!["place"]!.GetValue<string>()));
            for (var i = 1; i < history.Count; i++)
            {
                Assert.Equal(history[i - 1].NewValue!.ToJsonString(), history[i].OldValue!.ToJsonString());
            }

            var final = (await setup.FindClaimAsync(id))!;
            Assert.Equal(won.Count + 1, final.Data.Version);
            Assert.Equal(won[^1].Place, final.Data.Place);
        }

        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_store_instances_on_one_database_see_each_others_writes_and_conflicts()
    {
        var database = await server.NewDatabaseAsync();
        await using var first = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        await using var second = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);

        Assert.Equal((await first.ClaimsAsync()).Count, (await second.ClaimsAsync()).Count);
        await first.CreateClaimAsync(TestData.PointDraft(), "ana");
        var seen = await second.FindClaimAsync("test-claim");
        Assert.NotNull(seen);
        await second.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Status = "disputed" }), "ben");

        var conflict = await Assert.ThrowsAsync<ClaimConflictException>(() =>
            first.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Status = "corroborated" }), "ana"));
        Assert.Equal(2, conflict.Current!.Data.Version);
        Assert.Equal("disputed", conflict.Current.Data.Status);
        await Assert.ThrowsAsync<ClaimConflictException>(() => first.DeleteClaimAsync("test-claim", 1, "ana"));
        Assert.Equal(["ana", "ben"], (await first.HistoryAsync("test-claim")).Select(h => h.Actor));
    }

    [Fact]
    public async Task Instances_starting_together_migrate_and_seed_once()
    {
        var database = await server.NewDatabaseAsync();

        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed))));

        Assert.Equal(TestData.Geodata.Claims.Count, (await stores[0].ClaimsAsync()).Count);
        Assert.Equal(TestData.Geodata.Sources.Count, (await stores[0].SourcesAsync()).Count);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM schema_version", connection);
        Assert.Equal((long)PostGisSchema.Migrations.Count(m => m is not null), await command.ExecuteScalarAsync());
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("UPDATE sources SET text = 'rewritten'", "sources are immutable")]
    [InlineData("DELETE FROM claim_history", "append-only")]
    public async Task Source_texts_and_the_history_cannot_be_changed_by_other_clients(string sql, string message)
    {
        var database = await server.NewDatabaseAsync();
        await using (var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.CreateClaimAsync(TestData.PointDraft(), null);
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Contains(message, error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_claims_have_a_GiST_index_on_a_4326_geometry_column()
    {
        var database = await server.NewDatabaseAsync();
        await using (PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed))
        {
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT srid FROM geometry_columns WHERE f_table_name = 'claims' AND f_geometry_column = 'geom') || ' ' || " +
            "(SELECT am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam WHERE c.relname = 'claims_geom_idx')",
            connection);
        Assert.Equal("4326 gist", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Edits_put_their_search_keys_straight_into_the_trigram_index_and_leave_no_pending_list_for_a_later_edit_to_merge()
    {
        var database = await server.NewDatabaseAsync();
        await using (var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.CreateClaimAsync(TestData.PointDraft("keyed"), "ana");
            for (var version = 1; version <= 3; version++)
            {
                var title = $"Constructed title, edit {version}";
                await store.UpdateClaimAsync("keyed", version, TestData.PointDraft("keyed").With(d => d with { Title = title }), "ana");
            }
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        // The number of pending-list pages this merges: none were left by the edits.
        await using var command = new NpgsqlCommand("SELECT gin_clean_pending_list('claims_search_key_idx'::regclass)", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("postgresql://ana:secret@db.example:5433/bordermap", "postgresql://ana@db.example:5433/bordermap")]
    [InlineData("Host=db.example;Port=5433;Username=ana;Password=secret;Database=bordermap", "postgresql://ana@db.example:5433/bordermap")]
    public void An_address_is_recognised_and_described_without_its_password(string location, string description)
    {
        Assert.True(PostGisAddress.IsPostgres(location));
        Assert.False(PostGisAddress.IsPostgres("/home/ana/claims.gpkg"));
        Assert.Equal(description, PostGisAddress.Describe(PostGisAddress.ConnectionString(location)));
        Assert.Equal("secret", PostGisAddress.ConnectionString(location).Password);
    }
}
