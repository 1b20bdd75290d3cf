using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.App.Tests;

public class RegionAndSearchApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Regions_lists_the_countries_and_provinces_but_not_the_river()
    {
        var regions = (await _client.GetOk("/api/regions")).EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(8 + 39, regions.Count);
        Assert.DoesNotContain("panj-amu-darya", regions);
    }

    [Fact]
    public async Task Badakhshan_panel_has_names_area_borders_and_claims_by_category()
    {
        var panel = await _client.GetOk("/api/regions/AF-BDS");
        Assert.Equal("Badachschan", panel.GetProperty("names").GetProperty("de").GetString());
        Assert.Equal("Afghanistan", panel.GetProperty("countryName").GetString());
        Assert.InRange(panel.GetProperty("areaKm2").GetDouble(), 40_000, 50_000);   // 44,059 km² officially

        var borders = panel.GetProperty("borders").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("km").GetDouble());
        Assert.InRange(borders["TJ"], 700, 1100);
        Assert.Contains("AF-TAK", borders.Keys);
        Assert.Contains("CN", borders.Keys);
        Assert.Contains("PK", borders.Keys);
        Assert.DoesNotContain("AF", borders.Keys);   // its own country contains it; that is no border

        var categories = panel.GetProperty("claimsByCategory").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!, c => c);
        Assert.Contains("afghan-soldiers-cross-into-tajikistan", categories["troop-movement"].GetProperty("claimIds").EnumerateArray().Select(i => i.GetString()));
        // Fewer than 100 claims: the one page of the region's first claims lists every one of them.
        Assert.All(categories.Values, c => Assert.Equal(c.GetProperty("count").GetInt32(), c.GetProperty("claimIds").GetArrayLength()));
    }

    [Fact]
    public async Task The_region_panel_follows_the_filters()
    {
        var filtered = await _client.GetOk("/api/regions/AF-BDS?category=geography");
        var category = Assert.Single(filtered.GetProperty("claimsByCategory").EnumerateArray());
        Assert.Equal("geography", category.GetProperty("category").GetString());
    }

    [Fact]
    public async Task The_region_panel_counts_its_claims_actors_other_areas_and_events_under_the_filters()
    {
        var panel = await _client.GetOk("/api/regions/AF-BDS");
        var total = panel.GetProperty("claimCount").GetInt32();
        Assert.True(total >= 5, $"Badakhshan holds the seed article's claims, not {total}");
        Assert.Equal(total, panel.GetProperty("claimsByCategory").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(total, panel.GetProperty("claimsByStatus").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        var actors = panel.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("count").GetInt32()).ToList();
        Assert.NotEmpty(actors);
        Assert.Equal(actors.OrderDescending(), actors);
        Assert.InRange(actors[0], 1, total);
        var areas = panel.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("value").GetString()!, a => a.GetProperty("count").GetInt32());
        Assert.DoesNotContain("AF-BDS", areas.Keys);
        Assert.InRange(areas["TJ"], 1, total);   // the border claims name both sides

        // The seed event lies where its first claim lies, on the Badakhshan border, reported by one source.
        Assert.Equal((1, "reported"), EventsOf(panel));
        Assert.Equal((0, null), EventsOf(await _client.GetOk("/api/regions/AF-BDS?from=2021-08-01")));
        Assert.Equal((0, null), EventsOf(await _client.GetOk("/api/regions/AF-BDS?status=disputed")));
        Assert.Equal((0, null), EventsOf(await _client.GetOk("/api/regions/AF-KAN")));
    }

    /// <summary>How many events the panel counts, and the status of the most of them.</summary>
    private static (int Count, string? Status) EventsOf(JsonElement panel)
    {
        var events = panel.GetProperty("events");
        var statuses = events.GetProperty("byStatus").EnumerateArray().Select(s => s.GetProperty("value").GetString()).ToList();
        return (events.GetProperty("count").GetInt32(), statuses.FirstOrDefault());
    }

    [Fact]
    public async Task An_unknown_region_is_404_and_a_bad_filter_400()
    {
        var response = await _client.GetAsync(new Uri("/api/regions/AF-XYZ", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["from"], await _client.GetBadRequest("/api/regions/AF-BDS?from=2021-07-06&to=2021-07-01"));
    }

    [Fact]
    public async Task The_900_km_claim_shows_the_border_length_measured_from_the_boundaries()
    {
        var claim = await _client.GetOk("/api/claims/tj-bds-border-length");
        var check = Assert.Single(claim.GetProperty("properties").GetProperty("checks").EnumerateArray());
        Assert.Equal(900, check.GetProperty("claimed").GetDouble());
        var measured = check.GetProperty("measured").GetDouble();
        Assert.InRange(measured, 700, 1100);
        Assert.Equal(Math.Round(measured - 900, 1), check.GetProperty("difference").GetDouble(), 1);
    }

    [Theory]
    [InlineData("Badakhshan", "Badakhshan")]
    [InlineData("Badachschan", "Badachschan")]
    [InlineData("Бадахшан", "Бадахшан")]
    [InlineData("badakshan", "Badakhshan")]
    public async Task Search_finds_Badakhshan_in_its_usual_spellings(string query, string matched)
    {
        var hits = await _client.GetOk("/api/search?q=" + Uri.EscapeDataString(query));
        var first = hits.EnumerateArray().First();
        Assert.Equal(("region", "AF-BDS"), (first.GetProperty("kind").GetString(), first.GetProperty("id").GetString()));
        Assert.Equal(4, first.GetProperty("extent").GetArrayLength());
        Assert.Equal(matched, first.GetProperty("matched").GetString());
    }

    [Theory]
    [InlineData("Tachar", "AF-TAK")]
    [InlineData("Tadschikistan", "TJ")]
    [InlineData("Kandahar", "AF-KAN")]
    public async Task Search_finds_other_regions_by_their_German_or_English_names(string query, string id)
    {
        var hits = await _client.GetOk("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(id, hits.EnumerateArray().First(h => h.GetProperty("kind").GetString() == "region").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_finds_places_and_claims_too()
    {
        var hits = (await _client.GetOk("/api/search?q=Mazar-i-Sharif")).EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "place");
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "claim");
    }

    [Theory]
    [InlineData("Duschanbe", "Dushanbe")]
    [InlineData("Faizabad", "Fayzabad")]
    [InlineData("Sher Khan Bandar", "Sher Khan Bandar")]
    public async Task Search_finds_gazetteer_towns_in_their_usual_spellings(string query, string name)
    {
        var hits = (await _client.GetOk("/api/search?q=" + Uri.EscapeDataString(query))).EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "place" && h.GetProperty("name").GetString()!.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_search_is_a_bad_request() =>
        Assert.Equal(["q"], await _client.GetBadRequest("/api/search?q=%20"));

    [Fact]
    public async Task A_search_without_match_is_an_empty_list() =>
        Assert.Equal(JsonValueKind.Array, (await _client.GetOk("/api/search?q=Zzyzx")).ValueKind);
}
