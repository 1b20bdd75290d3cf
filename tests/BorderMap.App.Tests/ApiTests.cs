using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.App.Tests;

public class ApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJson(string url, string contentType = "application/json")
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Layers_lists_countries_provinces_and_the_river()
    {
        var layers = await GetJson("/api/layers");
        var summary = layers.EnumerateArray().ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("featureCount").GetInt32());
        Assert.Equal(8, summary["countries"]);
        Assert.Equal(39, summary["provinces"]);
        Assert.True(summary["rivers"] >= 1);
    }

    [Fact]
    public async Task A_layer_is_GeoJSON_with_names_and_focus_flags()
    {
        var provinces = await GetJson("/api/layers/provinces", "application/geo+json");
        Assert.Equal("FeatureCollection", provinces.GetProperty("type").GetString());
        var badakhshan = provinces.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "AF-BDS");
        Assert.Contains(badakhshan.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
        var properties = badakhshan.GetProperty("properties");
        Assert.True(properties.GetProperty("focus").GetBoolean());
        Assert.Equal("Badachschan", properties.GetProperty("names").GetProperty("de").GetString());
    }

    [Fact]
    public async Task Claims_are_GeoJSON_features_with_quote_translation_and_anchor()
    {
        var claims = await GetJson("/api/claims", "application/geo+json");
        var features = claims.GetProperty("features").EnumerateArray().ToList();
        Assert.True(features.Count >= 14);
        var soldiers = features.Single(f => f.GetProperty("id").GetString() == "afghan-soldiers-cross-into-tajikistan").GetProperty("properties");
        Assert.Contains("1.037 tentara", soldiers.GetProperty("quote").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("1,037", soldiers.GetProperty("translation").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, soldiers.GetProperty("anchor").GetArrayLength());
        Assert.Equal(1037, soldiers.GetProperty("numbers").GetProperty("soldiers").GetInt32());
    }

    [Fact]
    public async Task One_claim_by_id_has_its_resolved_geometry()
    {
        var claim = await GetJson("/api/claims/tj-bds-border-length", "application/geo+json");
        Assert.Equal("LineString", claim.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("border:TJ/AF-BDS", claim.GetProperty("properties").GetProperty("refs")[0].GetString());
    }

    [Fact]
    public async Task A_source_comes_with_its_full_text()
    {
        var source = await GetJson("/api/sources/tj-af-border-2021-07-05");
        Assert.Equal("id", source.GetProperty("language").GetString());
        Assert.StartsWith("Tajikistan memiliki perbatasan", source.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_style_has_a_colour_and_symbol_for_every_category()
    {
        var style = await GetJson("/api/style");
        var categories = style.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("troop-movement", categories);
        Assert.All(style.GetProperty("categories").EnumerateArray(), c => Assert.Matches("^#[0-9a-f]{6}$", c.GetProperty("color").GetString()));
    }

    [Theory]
    [InlineData("/api/layers/roads", "layer")]
    [InlineData("/api/claims/no-such-claim", "claim")]
    [InlineData("/api/sources/no-such-source", "source")]
    public async Task Unknown_ids_get_404_problem_json(string url, string what)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains(what, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
