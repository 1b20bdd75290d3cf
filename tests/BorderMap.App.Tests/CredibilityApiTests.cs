using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>Information credibility (Admiralty 1–6) over the API: set on a claim, kept by edits, a filter of lists, tiles and exports.</summary>
public sealed class CredibilityApiTests : ServerPerTest<StoreServer>
{
    [Fact]
    public async Task A_claim_keeps_its_credibility_and_is_found_by_it()
    {
        Assert.Equal(HttpStatusCode.Created, (await Client.PostJson("/api/claims", ClaimBodies.Valid("graded", p => p["credibility"] = 2))).StatusCode);

        Assert.Equal(2, (await Client.GetOk("/api/claims/graded")).GetProperty("properties").GetProperty("credibility").GetInt32());
        Assert.Equal(["graded"], await Client.ClaimIds("?credibility=1,2"));
        Assert.Empty(await Client.ClaimIds("?credibility=5"));
    }

    [Theory]
    [InlineData("7", "must be 1 to 6")]
    [InlineData("0", "must be 1 to 6")]
    [InlineData("\"two\"", "a whole number")]
    public async Task A_bad_credibility_is_refused_and_named(string credibility, string message)
    {
        var response = await Client.PostJson("/api/claims", ClaimBodies.Valid("bad-grade", p => p["credibility"] = JsonNode.Parse(credibility)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(message, Assert.Single(errors.EnumerateObject(), e => e.Name == "credibility").Value[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/claims/bad-grade", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/api/claims?credibility=9")]
    [InlineData("/api/claims/facets?credibility=A")]
    [InlineData("/api/tiles/claims/5/22/12.mvt?credibility=0")]
    [InlineData("/api/export?format=png&credibility=7")]
    public async Task A_bad_credibility_filter_is_named(string url) =>
        Assert.Contains("credibility", await Client.GetBadRequest(url));
}
