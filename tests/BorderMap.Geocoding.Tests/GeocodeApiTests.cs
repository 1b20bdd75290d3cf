using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.Geocoding.Tests;

/// <summary>GET /api/geocode and POST /api/extract on the real app, hosted in memory.</summary>
public class GeocodeApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Geocode_ranks_candidates_with_score_and_reason()
    {
        var candidates = await _client.GetFromJsonAsync<JsonElement>("/api/geocode?q=Badachschan");
        var best = candidates[0];
        Assert.Equal("AF-BDS", best.GetProperty("place").GetProperty("id").GetString());
        Assert.Equal(3, best.GetProperty("place").GetProperty("geoPrecision").GetInt32());
        Assert.True(best.GetProperty("score").GetDouble() > 0.9);
        Assert.Contains("Badachschan", best.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Geocode_takes_context_ids()
    {
        var candidates = await _client.GetFromJsonAsync<JsonElement>("/api/geocode?q=Fayzabad&context=AF-JOW&limit=2");
        Assert.Equal(2, candidates.GetArrayLength());
        Assert.Equal("AF-JOW", candidates[0].GetProperty("place").GetProperty("admin1").GetString());
    }

    [Theory]
    [InlineData("/api/geocode?q=%20", "q")]
    [InlineData("/api/geocode?q=Kabul&limit=0", "limit")]
    public async Task Bad_geocode_parameters_are_problems(string url, string field)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Extract_proposes_claims_for_a_registered_source()
    {
        var response = await _client.PostAsJsonAsync("/api/extract", new { sourceId = "tj-af-border-2021-07-05" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("id", body.GetProperty("language").GetString());
        var proposals = body.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("proposal")).ToList();
        Assert.InRange(proposals.Count, 15, 30);
        var first = proposals[0];
        Assert.Equal("border:TJ/AF-BDS", first.GetProperty("refs")[0].GetString());
        Assert.Equal(0, first.GetProperty("quote").GetProperty("start").GetInt32());
        Assert.Equal(900, first.GetProperty("numbers").GetProperty("borderKm").GetDouble());
        var kandahar = proposals.Single(p => p.GetProperty("placeId").GetString() == "gn:1138336");
        Assert.Equal("Point", kandahar.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Extract_takes_pasted_text()
    {
        var response = await _client.PostAsJsonAsync("/api/extract", new { text = "Die Taliban haben Kundus erobert. Das Wetter war gut.", lang = "de" });
        var proposals = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("proposals");
        Assert.Equal(1, proposals.GetArrayLength());
        Assert.Equal("territorial-control", proposals[0].GetProperty("proposal").GetProperty("category").GetString());
    }

    [Fact]
    public async Task A_draft_becomes_a_claim_through_the_normal_path_once_translated()
    {
        var extracted = await (await _client.PostAsJsonAsync("/api/extract", new { sourceId = "tj-af-border-2021-07-05" })).Content.ReadFromJsonAsync<JsonElement>();
        var draft = JsonNode.Parse(extracted.GetProperty("proposals")[0].GetProperty("draft").GetRawText())!.AsObject();
        var properties = draft["properties"]!.AsObject();
        Assert.Equal("", properties["translation"]!.GetValue<string>());
        Assert.Equal("2021-07-05", properties["eventDate"]!.GetValue<string>());

        var untranslated = await _client.PostAsync(new Uri("/api/claims", UriKind.Relative), Json(draft));
        Assert.Equal(HttpStatusCode.BadRequest, untranslated.StatusCode);

        properties["translation"] = "Tajikistan has a border of more than 900 kilometres with Afghanistan's Badakhshan province.";
        var accepted = await _client.PostAsync(new Uri("/api/claims", UriKind.Relative), Json(draft));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var claim = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("border:TJ/AF-BDS", claim.GetProperty("properties").GetProperty("refs")[0].GetString());
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task Extract_for_an_unknown_source_is_not_found()
    {
        var response = await _client.PostAsJsonAsync("/api/extract", new { sourceId = "no-such-source" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Extract_needs_exactly_one_of_source_and_text()
    {
        var both = await _client.PostAsJsonAsync("/api/extract", new { sourceId = "tj-af-border-2021-07-05", text = "Kabul" });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        var neither = await _client.PostAsJsonAsync("/api/extract", new { lang = "id" });
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
    }
}
