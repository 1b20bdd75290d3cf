using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static BorderMap.App.Tests.ApiClient;
using static BorderMap.App.Tests.EventApiFixture;

namespace BorderMap.App.Tests;

/// <summary>The event API over a real socket and a real GeoPackage store: one test per rule, as a client sees it.</summary>
public sealed class EventApiTests : ServerPerTest<StoreServer>
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddAsync(Client);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body is null ? null : Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await Client.SendAsync(request);
    }

    private async Task<JsonElement> CreateEvent(params string[] claims) =>
        await Created(await Send(HttpMethod.Post, "/api/events", new JsonObject { ["title"] = "Crossing", ["claims"] = new JsonArray([.. claims.Select(c => JsonValue.Create(c))]) }));

    private static string Agreement(JsonElement e, string attribute) =>
        e.GetProperty("derived").GetProperty("agreement").EnumerateArray().Single(a => a.GetProperty("attribute").GetString() == attribute).GetProperty("agreement").GetString()!;

    [Fact]
    public async Task More_than_1000_agrees_with_1037_and_two_independent_sources_corroborate()
    {
        var e = await CreateEvent(Guard, Broadcaster);

        Assert.Equal("agree", Agreement(e, "numbers"));
        Assert.Equal("corroborated", e.GetProperty("status").GetString());
        Assert.Equal("2 sources, 2 independent", e.GetProperty("derived").GetProperty("independence").GetString());
        var soldiers = e.GetProperty("derived").GetProperty("numbers")[0];
        Assert.Equal((1000, 1037, 1037), (soldiers.GetProperty("low").GetInt32(), soldiers.GetProperty("best").GetInt32(), soldiers.GetProperty("high").GetInt32()));
        Assert.Equal("moreThan", e.GetProperty("members")[1].GetProperty("numbers")[0].GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task Adding_about_300_with_if_match_makes_the_numbers_contradict_and_the_event_disputed()
    {
        await CreateEvent(Guard, Broadcaster);

        var withoutVersion = await Send(HttpMethod.Post, "/api/events/crossing/claims", new JsonObject { ["claim"] = Agency });
        var added = await Send(HttpMethod.Post, "/api/events/crossing/claims", new JsonObject { ["claim"] = Agency }, "\"1\"");
        var e = await Client.GetFromJsonAsync<JsonElement>("/api/events/crossing");

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutVersion.StatusCode);
        Assert.Equal(("\"2\"", HttpStatusCode.OK), (added.Headers.ETag?.Tag, added.StatusCode));
        Assert.Equal(("disputed", "contradict"), (e.GetProperty("status").GetString(), Agreement(e, "numbers")));
        Assert.Equal(["numbers"], e.GetProperty("derived").GetProperty("contradicted").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(
            ["1,037 servicemen of the Afghan army crossed the state border into the Badakhshan region", "More than 1,000 Afghan soldiers fled across the border into Tajikistan on Monday", "Only about 300 Afghan soldiers crossed the Panj into Tajikistan on Monday"],
            e.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("quote").GetString()));
    }

    [Fact]
    public async Task Dates_that_do_not_overlap_contradict()
    {
        await Created(await Send(HttpMethod.Post, "/api/claims", await ClaimBody(Broadcaster, "broadcaster-later", c => c["properties"]!["eventDate"] = "2021-07-20")));

        var e = await CreateEvent(Guard, "broadcaster-later");

        Assert.Equal(("contradict", "disputed"), (Agreement(e, "dates"), e.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_place_far_beyond_the_precision_radius_contradicts_and_one_inside_agrees()
    {
        await Created(await Send(HttpMethod.Post, "/api/claims", await ClaimBody(Broadcaster, "broadcaster-kabul", c =>
        {
            c["properties"]!["place"] = "Kabul";
            c["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(69.17, 34.53) };
        })));

        var e = await CreateEvent(Guard, "broadcaster-kabul");
        var near = await Created(await Send(HttpMethod.Post, "/api/events", new JsonObject { ["title"] = "Khorog and Ishkashim", ["claims"] = new JsonArray(Broadcaster, Agency) }));

        Assert.Equal("contradict", Agreement(e, "places"));
        Assert.Equal("agree", Agreement(near, "places"));
    }

    [Fact]
    public async Task A_near_copy_from_another_publisher_counts_once_and_does_not_corroborate()
    {
        var copy = new JsonObject
        {
            ["title"] = "Afghan soldiers flee to Tajikistan",
            ["publisher"] = "Copying Portal (constructed)",
            ["language"] = "en",
            ["publishedDate"] = "2021-07-05",
            ["notes"] = new JsonArray("Constructed for BorderMap tests: a near copy of the constructed broadcaster report."),
            ["text"] = "More than 1,000 Afghan soldiers fled across the border into Tajikistan on Monday after clashes with the Taliban, officials in Dushanbe told reporters.",
        };
        var source = await Created(await Send(HttpMethod.Post, "/api/sources", copy));
        await Created(await Send(HttpMethod.Post, "/api/claims", await ClaimBody(Broadcaster, "portal-copy", c => c["properties"]!["source"] = source.GetProperty("id").GetString())));

        var e = await CreateEvent(Broadcaster, "portal-copy");

        Assert.Equal("2 sources, 1 independent", e.GetProperty("derived").GetProperty("independence").GetString());
        Assert.Equal("reported", e.GetProperty("status").GetString());
        Assert.Contains("near-duplicate", e.GetProperty("derived").GetProperty("sourceGroups")[0].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_needs_a_reason_kept_in_the_history_and_a_stale_version_gets_412()
    {
        await CreateEvent(Guard, Agency);
        var body = new JsonObject { ["title"] = "Crossing", ["claims"] = new JsonArray(Guard, Agency), ["statusOverride"] = "corroborated" };

        var missing = await Send(HttpMethod.Put, "/api/events/crossing", body, "\"1\"");
        body["overrideReason"] = "the agency corrected its figure the next day";
        var saved = await Send(HttpMethod.Put, "/api/events/crossing", body, "\"1\"");
        var stale = await Send(HttpMethod.Put, "/api/events/crossing", body, "\"1\"");
        var history = await Client.GetFromJsonAsync<JsonElement>("/api/events/crossing/history");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("overrideReason", out _));
        var e = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("corroborated", "disputed"), (e.GetProperty("status").GetString(), e.GetProperty("derived").GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt32());
        Assert.Equal("the agency corrected its figure the next day", history[1].GetProperty("newValue").GetProperty("overrideReason").GetString());
    }

    [Fact]
    public async Task A_claim_in_another_event_is_refused_by_field_and_events_page_with_a_cursor()
    {
        await CreateEvent(Guard);

        var taken = await Send(HttpMethod.Post, "/api/events", new JsonObject { ["title"] = "Other", ["claims"] = new JsonArray(Agency, Guard) });
        var first = await Client.GetFromJsonAsync<JsonElement>("/api/events?limit=1");
        var second = await Client.GetFromJsonAsync<JsonElement>($"/api/events?limit=1&cursor={first.GetProperty("next").GetString()}");
        var badCursor = await Client.GetAsync(new Uri("/api/events?cursor=c12", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("belongs to event 'crossing'", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("claims[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("crossing-into-badakhshan-2021-07-05", first.GetProperty("events")[0].GetProperty("id").GetString());
        Assert.Equal(("crossing", JsonValueKind.Null), (second.GetProperty("events")[0].GetProperty("id").GetString(), second.GetProperty("next").ValueKind));
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
    }

    [Fact]
    public async Task A_claim_of_the_same_crossing_is_suggested_with_reasons_until_rejected()
    {
        await CreateEvent(Guard);

        var suggested = await Client.GetFromJsonAsync<JsonElement>($"/api/claims/{Broadcaster}/event-suggestions");
        var rejected = await Send(HttpMethod.Post, "/api/events/crossing/rejections", new JsonObject { ["claim"] = Broadcaster });
        var after = await Client.GetFromJsonAsync<JsonElement>($"/api/claims/{Broadcaster}/event-suggestions");
        var own = await Client.GetFromJsonAsync<JsonElement>($"/api/claims/{Guard}/event-suggestions");

        var crossing = suggested.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("event").GetString() == "crossing");
        Assert.Contains(crossing.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("numbers:", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        Assert.DoesNotContain(after.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("event").GetString() == "crossing");
        Assert.Equal("crossing", own.GetProperty("event").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/claims/no-such/event-suggestions", UriKind.Relative))).StatusCode);
    }
}
