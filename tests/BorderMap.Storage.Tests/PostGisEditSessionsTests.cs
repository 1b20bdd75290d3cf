using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A fresh server's slowest edits were the first on a writing session opened mid-load: the store
/// keeps two writing sessions, the rehearsal readies both, and the search keys' cleaning runs on a
/// session of its own, so edits at once and a cleaning beside them open no new writing session.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisEditSessionsTests(PostGisServer server)
{
    [Fact]
    public async Task A_rehearsal_opens_both_writing_sessions_and_later_edits_and_cleanings_open_no_other()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        var first = await store.CreateClaimAsync(TestData.PointDraft("sessions-first"), "ana");
        var second = await store.CreateClaimAsync(TestData.PointDraft("sessions-second", 71.2, 37.4), "ana");
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();

        await store.RehearseEditAsync();
        var rehearsed = await NamedSessions.OfAsync(connection, PostGisClaimStore.WritingJob);

        Assert.Equal(2, rehearsed.Count);
        for (var round = 0; round < 3; round++)
        {
            var edits = await Task.WhenAll(
                store.UpdateClaimAsync(first.Id, first.Data.Version, TestData.PointDraft("sessions-first").With(d => d with { Title = $"Constructed edit {round}" }), "ana"),
                store.UpdateClaimAsync(second.Id, second.Data.Version, TestData.PointDraft("sessions-second", 71.2, 37.4).With(d => d with { Title = $"Constructed edit {round}" }), "ben"));
            (first, second) = (edits[0], edits[1]);
        }

        // The cleaning comes a second after the last write; bounded by time, as a loaded machine is slower.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await NamedSessions.OfAsync(connection, PendingSearchKeys.Job)).Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        Assert.Single(await NamedSessions.OfAsync(connection, PendingSearchKeys.Job));
        Assert.Equal(rehearsed, await NamedSessions.OfAsync(connection, PostGisClaimStore.WritingJob));
    }
}
