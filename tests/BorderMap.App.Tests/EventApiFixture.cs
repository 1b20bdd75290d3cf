using System.Net;
using System.Net.Http.Json;
using System.Text;
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
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "tests", "Fixtures", "event-three-sources.json")))!;
        foreach (var source in fixture["sources"]!.AsArray())
        {
            await Created(await client.PostAsync(new Uri("/api/sources", UriKind.Relative), Json(source!)));
        }

        foreach (var claim in fixture["claims"]!.AsArray())
        {
            await Created(await client.PostAsync(new Uri("/api/claims", UriKind.Relative), Json(claim!)));
        }
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
            await AddAsync(client);
            await Created(await client.PostAsync(new Uri("/api/events", UriKind.Relative), Json(new JsonObject
            {
                ["title"] = title,
                ["claims"] = new JsonArray(Guard, Broadcaster, Agency),
            })));
        }

        return client;
    }

    /// <summary>The fixture's claim <paramref name="id"/> as a new claim feature with another id, changed by <paramref name="change"/>.</summary>
    public static async Task<JsonNode> ClaimBody(string id, string newId, Action<JsonObject> change)
    {
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "tests", "Fixtures", "event-three-sources.json")))!;
        var claim = fixture["claims"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!.DeepClone();
        claim["id"] = newId;
        change(claim.AsObject());
        return claim;
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tests must run inside the BorderMap repository.");
    }
}
