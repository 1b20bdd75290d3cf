using System.Text.Json.Nodes;
using static BorderMap.App.Tests.EventApiFixture;

namespace BorderMap.App.Tests;

/// <summary>
/// The filters on what claims' events derive, over a real socket and a real GeoPackage store:
/// <c>event_status</c> and <c>single_source</c> on claims and everything that follows the claim
/// filter (facets, histogram, tiles), <c>status</c> on <c>/api/events</c>, and a 400 naming each bad value.
/// </summary>
public sealed class EventFilterApiTests : IAsyncLifetime
{
    private readonly StoreServer _server = new();

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await AddAsync(Client);
        await ApiClient.Created(await Client.PostJson("/api/events", new JsonObject { ["title"] = "Crossing", ["claims"] = new JsonArray(Guard, Broadcaster) }));
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Claims_are_found_by_their_event_s_status_and_by_single_source()
    {
        Assert.Equal([Guard, Broadcaster], await Client.ClaimIds("?event_status=corroborated"));
        Assert.Empty(await Client.ClaimIds("?event_status=disputed"));
        Assert.Equal([Guard, Broadcaster], await Client.ClaimIds("?single_source=false"));
        var single = await Client.ClaimIds("?single_source=true&limit=5000");
        Assert.Contains(Agency, single);
        Assert.DoesNotContain(Guard, single);
        Assert.Equal(single, await Client.ClaimIds("?event_status=reported&limit=5000"));
    }

    [Fact]
    public async Task Facets_histogram_and_tiles_follow_the_event_filters()
    {
        var facets = await Client.GetOk("/api/claims/facets?event_status=corroborated");
        var histogram = await Client.GetOk("/api/claims/histogram?bin=day&single_source=false");
        var corroborated = await Client.GetByteArrayAsync(new Uri("/api/tiles/claims/5/22/12.mvt?event_status=corroborated", UriKind.Relative));
        var disputed = await Client.GetByteArrayAsync(new Uri("/api/tiles/claims/5/22/12.mvt?event_status=disputed", UriKind.Relative));
        var all = await Client.GetByteArrayAsync(new Uri("/api/tiles/claims/5/22/12.mvt", UriKind.Relative));

        Assert.Equal(2, facets.GetProperty("total").GetInt32());
        var bin = Assert.Single(histogram.GetProperty("bins").EnumerateArray());
        Assert.Equal(("2021-07-05", 2), (bin.GetProperty("start").GetString(), bin.GetProperty("count").GetInt32()));
        Assert.NotEqual(corroborated, disputed);
        Assert.NotEqual(all, corroborated);
    }

    [Fact]
    public async Task Events_are_paged_by_status_and_a_new_contradiction_moves_the_event()
    {
        Assert.Equal(["crossing"], await EventIds("?status=corroborated"));

        var added = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/api/events/crossing/claims", UriKind.Relative))
        {
            Content = ApiClient.Json(new JsonObject { ["claim"] = Agency }),
            Headers = { { "If-Match", "\"1\"" } },
        });

        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        Assert.Empty(await EventIds("?status=corroborated"));
        Assert.Equal(["crossing"], await EventIds("?status=disputed,corroborated"));
        Assert.Equal([Guard, Broadcaster, Agency], await Client.ClaimIds("?event_status=disputed"));
    }

    [Theory]
    [InlineData("/api/claims?event_status=likely", "event_status")]
    [InlineData("/api/claims?single_source=yes", "single_source")]
    [InlineData("/api/claims/facets?event_status=corroborated,maybe", "event_status")]
    [InlineData("/api/claims/histogram?bin=day&single_source=1", "single_source")]
    [InlineData("/api/tiles/claims/5/22/12.mvt?event_status=Disputed", "event_status")]
    [InlineData("/api/events?status=confirmed", "status")]
    [InlineData("/api/events?event_status=disputed", "event_status")]
    [InlineData("/api/events?limit=0", "limit")]
    public async Task A_bad_event_filter_is_refused_naming_the_parameter(string url, string field)
    {
        Assert.Equal([field], await Client.GetBadRequest(url));
    }

    private async Task<string[]> EventIds(string query) =>
        [.. (await Client.GetOk("/api/events" + query)).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
