using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>Source reliability (Admiralty A–F) over the API: set when a source is registered, and a claim filter.</summary>
public sealed class ReliabilityApiTests : ServerPerTest<StoreServer>
{
    [Fact]
    public async Task A_rated_source_s_claims_are_found_by_reliability_and_a_bad_grade_is_named()
    {
        var source = new JsonObject
        {
            ["title"] = "Rated report", ["publisher"] = "Example Wire", ["language"] = "en", ["publishedDate"] = "2021-07-06",
            ["text"] = "Troops were seen near Fayzabad.", ["reliability"] = "B",
        };
        var registered = await Client.PostJson("/api/sources", source);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("B", (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reliability").GetString());
        var claim = ClaimBodies.Valid("rated", p => (p["source"], p["quote"]) = ("rated-report-2021-07-06", new JsonObject { ["text"] = "Troops were seen near Fayzabad." }));
        Assert.Equal(HttpStatusCode.Created, (await Client.PostJson("/api/claims", claim)).StatusCode);

        Assert.Equal(["rated"], await Client.ClaimIds("?reliability=A,B"));
        Assert.Empty(await Client.ClaimIds("?reliability=E"));
        Assert.Equal(["reliability"], await Client.GetBadRequest("/api/claims?reliability=Z"));
        source["reliability"] = "G";
        source["title"] = "Another";
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostJson("/api/sources", source)).StatusCode);
    }
}
