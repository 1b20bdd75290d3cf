using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>Registering a corrected version over the API re-anchors its quotes, and a fuzzy one is reviewed there. The texts are constructed for the test.</summary>
public sealed class SourceVersionApiTests : ServerPerTest<StoreServer>
{
    private const string FirstVersion = "Guards reported calm at the crossing. About 300 people waited at the bridge on Tuesday. Two trucks were turned back.";
    private const string SecondVersion = "Update. Guards reported calm at the crossing. About 350 people waited at the bridge on Tuesday.";

    [Fact]
    public async Task A_new_version_re_anchors_each_quote_and_a_fuzzy_one_is_accepted_once()
    {
        await Post("/api/sources", Source(FirstVersion), HttpStatusCode.Created);
        foreach (var (id, quote) in new[] { ("calm", "Guards reported calm at the crossing."), ("waiting", "About 300 people waited at the bridge on Tuesday."), ("trucks", "Two trucks were turned back.") })
        {
            await Post("/api/claims", ClaimBodies.Valid(id, p => (p["source"], p["quote"]) = ("crossing-report-2021-07-06", new JsonObject { ["text"] = quote })), HttpStatusCode.Created);
        }

        var version = Source(SecondVersion);
        version["supersedes"] = "crossing-report-2021-07-06";
        await Post("/api/sources", version, HttpStatusCode.Created);

        var page = await Client.GetOk("/api/sources/crossing-report-2021-07-06-v2/anchors");
        var anchors = page.GetProperty("anchors").EnumerateArray().ToDictionary(a => a.GetProperty("claimId").GetString()!);
        Assert.Equal(
            [("calm", "moved"), ("trucks", "orphaned"), ("waiting", "fuzzy")],
            anchors.Select(a => (a.Key, a.Value.GetProperty("status").GetString())));
        Assert.True(anchors["waiting"].GetProperty("awaitsReview").GetBoolean());
        Assert.Equal("About 300 people waited at the bridge on Tuesday.", anchors["waiting"].GetProperty("oldQuote").GetProperty("text").GetString());
        Assert.Equal("About 350 people waited at the bridge on Tuesday.", anchors["waiting"].GetProperty("newQuote").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);

        var accepted = await Post("/api/sources/crossing-report-2021-07-06-v2/anchors/waiting", new JsonObject { ["decision"] = "accept" }, HttpStatusCode.OK);
        Assert.Equal("accepted", accepted.GetProperty("review").GetString());
        var claim = await Client.GetOk("/api/claims/waiting");
        Assert.Equal("crossing-report-2021-07-06-v2", claim.GetProperty("properties").GetProperty("source").GetString());

        Assert.Equal(["decision"], Fields(await Post("/api/sources/crossing-report-2021-07-06-v2/anchors/waiting", new JsonObject { ["decision"] = "reject" }, HttpStatusCode.BadRequest)));
        Assert.Equal(["decision"], Fields(await Post("/api/sources/crossing-report-2021-07-06-v2/anchors/trucks", new JsonObject { ["decision"] = "maybe" }, HttpStatusCode.BadRequest)));
        await Post("/api/sources/crossing-report-2021-07-06-v2/anchors/nobody", new JsonObject { ["decision"] = "accept" }, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/sources/nothing/anchors", UriKind.Relative))).StatusCode);
    }

    private static JsonObject Source(string text) => new()
    {
        ["title"] = "Crossing report",
        ["publisher"] = "Example News",
        ["language"] = "en",
        ["publishedDate"] = "2021-07-06",
        ["text"] = text,
    };

    private static string[] Fields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];

    private async Task<JsonElement> Post(string url, JsonNode body, HttpStatusCode expected)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(new Uri(url, UriKind.Relative), content);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
