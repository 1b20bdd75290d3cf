using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A fresh server's first load opened reading sessions mid-load when region panels' reads (three
/// each) met other requests': the store opens and keeps enough reading sessions for a first view's
/// reads at once, so they open no other.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisReadingSessionsTests(PostGisServer server)
{
    [Fact]
    public async Task A_store_opens_six_reading_sessions_and_two_panels_reads_at_once_open_no_other()
    {
        var database = await server.NewDatabaseAsync();
        await using var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();

        var opened = await NamedSessions.OfAsync(connection, PostGisClaimStore.ReadingJob);

        Assert.InRange(opened.Count, 6, 8);
        var region = ClaimFilter.All with { Region = "AF-BDS" };
        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(
                store.FacetsAsync(region),
                store.FirstCategoriesAsync(region, 20),
                store.HistogramAsync(region, DateBinSize.Month),
                store.FacetsAsync(ClaimFilter.All),
                store.FirstCategoriesAsync(ClaimFilter.All, 20),
                store.JsonPageAsync(ClaimFilter.All, ClaimSort.Created, null, 500));
        }

        Assert.Equal(opened, await NamedSessions.OfAsync(connection, PostGisClaimStore.ReadingJob));
    }
}
