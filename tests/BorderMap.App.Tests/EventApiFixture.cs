using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>
/// Writes the constructed three-source report of one crossing (<c>tests/Fixtures/event-three-sources.json</c>)
/// through the API: three sources and their claims, a border service's 1,037, a broadcaster's "more
/// than 1,000" and an agency's "about 300". Every text in it is the project's own writing.
/// </summary>
internal static class EventApiFixture
{
    public const string Guard = "guard-1037-cross";
    public const string Broadcaster = "broadcaster-1000-flee";
    public const string Agency = "agency-300-cross";
    public const string BroadcasterSource = "afghan-troops-flee-into-tajikistan-2021-07-05";

    public static async Task AddAsync(HttpClient client)
    {
        var fixture = await ReadAsync();
        foreach (var source in fixture["sources"]!.AsArray())
        {
            await ApiClient.Created(await client.PostJson("/api/sources", source!));
        }

        foreach (var claim in fixture["claims"]!.AsArray())
        {
            await ApiClient.Created(await client.PostJson("/api/claims", claim!));
        }
    }

    /// <summary>The event of all three claims, titled <paramref name="title"/>, as created.</summary>
    public static async Task<JsonElement> AddEventAsync(HttpClient client, string title) =>
        await ApiClient.Created(await client.PostJson("/api/events", new JsonObject
        {
            ["title"] = title,
            ["claims"] = new JsonArray(Guard, Broadcaster, Agency),
        }));

    /// <summary>Adds the three claims and one event of all three, titled <paramref name="title"/>: its sources contradict on the number of soldiers.</summary>
    public static async Task AddEventOfAllThreeAsync(HttpClient client, string title)
    {
        await AddAsync(client);
        await AddEventAsync(client, title);
    }

    /// <summary>
    /// A client of the server at <paramref name="url"/> that holds the fixture's claims in one event
    /// <paramref name="eventId"/> titled <paramref name="title"/> (disputed: the agency's "about 300"
    /// contradicts the others), written once per server so that the tests sharing it may run in any order.
    /// </summary>
    public static async Task<HttpClient> WithThreeSourceEventAsync(Uri url, string eventId, string title)
    {
        var client = new HttpClient { BaseAddress = url };
        if ((await client.GetAsync(new Uri($"/api/events/{eventId}", UriKind.Relative))).StatusCode == HttpStatusCode.NotFound)
        {
            await AddEventOfAllThreeAsync(client, title);
        }

        return client;
    }

    /// <summary>The fixture's claim <paramref name="id"/> as a new claim feature with another id, changed by <paramref name="change"/>.</summary>
    public static async Task<JsonNode> ClaimBody(string id, string newId, Action<JsonObject> change)
    {
        var claim = (await ReadAsync())["claims"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!.DeepClone();
        claim["id"] = newId;
        change(claim.AsObject());
        return claim;
    }

    private static async Task<JsonNode> ReadAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestRepository.Root, "tests", "Fixtures", "event-three-sources.json")))!;
}
