using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.App.Tests;

public class ClaimFilterApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<int> All() => (await _client.ClaimIds(string.Empty)).Length;

    [Fact]
    public async Task A_bbox_around_Mazar_i_Sharif_returns_the_consulate_claims_only_from_there()
    {
        var ids = await _client.ClaimIds("?bbox=66.9,36.5,67.3,36.9");
        Assert.Contains("russia-closes-mazar-consulate", ids);
        Assert.Contains("mazar-consulates-suspend-activity", ids);
        Assert.DoesNotContain("russia-no-plans-to-evacuate-kabul-embassy", ids);
    }

    [Fact]
    public async Task A_bbox_where_nothing_is_claimed_returns_an_empty_collection() =>
        Assert.Empty(await _client.ClaimIds("?bbox=55.0,30.0,55.1,30.1"));   // central Iran

    [Fact]
    public async Task A_date_range_keeps_claims_whose_dates_overlap_it()
    {
        var endOfJune = await _client.ClaimIds("?from=2021-06-24&to=2021-06-28");
        Assert.Contains("bundeswehr-last-troops-leave-mazar", endOfJune);
        Assert.DoesNotContain("afghan-soldiers-cross-into-tajikistan", endOfJune);

        var nineties = await _client.ClaimIds("?to=2001-12-31");
        Assert.Equal(["bds-tak-northern-alliance-strongholds"], nineties);
    }

    [Fact]
    public async Task Category_status_precision_and_actor_filters_narrow_the_list()
    {
        var total = await All();
        var troops = await _client.ClaimIds("?category=troop-movement");
        Assert.Contains("afghan-soldiers-cross-into-tajikistan", troops);
        Assert.InRange(troops.Length, 1, total - 1);

        var corroborated = await _client.ClaimIds("?status=corroborated");
        Assert.Contains("rahmon-mobilises-20000-reservists", corroborated);
        Assert.InRange(corroborated.Length, 1, total - 1);

        var towns = await _client.ClaimIds("?precision=2");
        Assert.Contains("russia-closes-mazar-consulate", towns);
        Assert.DoesNotContain("tj-bds-border-length", towns);

        var both = await _client.ClaimIds("?category=troop-movement,mobilisation&status=corroborated");
        Assert.Contains("rahmon-mobilises-20000-reservists", both);
        Assert.DoesNotContain("bundeswehr-last-troops-leave-mazar", both);
    }

    [Fact]
    public async Task The_actor_filter_ignores_case()
    {
        var claim = await _client.GetOk("/api/claims/rahmon-mobilises-20000-reservists");
        var actor = claim.GetProperty("properties").GetProperty("actors")[0].GetString()!;
        Assert.Contains("rahmon-mobilises-20000-reservists", await _client.ClaimIds("?actor=" + Uri.EscapeDataString(actor.ToUpperInvariant())));
    }

    [Fact]
    public async Task A_region_holds_claims_placed_inside_it_or_referencing_it()
    {
        var badakhshan = await _client.ClaimIds("?region=AF-BDS");
        Assert.Contains("tj-bds-border-length", badakhshan);                  // references border:TJ/AF-BDS
        Assert.Contains("afghan-forces-hold-bds-tak-capitals", badakhshan);    // Fayzabad lies inside
        Assert.DoesNotContain("russia-closes-mazar-consulate", badakhshan);

        var afghanistan = await _client.ClaimIds("?region=AF");
        Assert.Contains("russia-closes-mazar-consulate", afghanistan);         // placed inside, names AF-BAL only
    }

    [Fact]
    public async Task The_source_parameter_lists_the_claims_quoting_that_source()
    {
        // Other tests on this server add claims from sources of their own: compare with what each claim says it quotes.
        var all = (await _client.GetOk("/api/claims?limit=5000")).GetProperty("features").EnumerateArray();
        var quoting = all.Where(f => f.GetProperty("properties").GetProperty("source").GetString() == "tj-af-border-2021-07-05")
            .Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToArray();
        Assert.True(quoting.Length >= 23);
        Assert.Equal(quoting, (await _client.ClaimIds("?source=tj-af-border-2021-07-05")).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(await _client.ClaimIds("?source=no-such-source"));
    }

    [Fact]
    public async Task Markers_carry_what_the_map_needs_but_no_quote()
    {
        var full = await _client.ClaimIds("?category=troop-movement");
        var markers = await _client.GetOk("/api/claims?category=troop-movement&fields=marker");
        var features = markers.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(full, features.Select(f => f.GetProperty("id").GetString()).ToArray());
        var first = features[0];
        Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("troop-movement", first.GetProperty("properties").GetProperty("category").GetString());
        Assert.False(first.GetProperty("properties").TryGetProperty("quote", out _));
    }

    [Theory]
    [InlineData("?category=")]
    [InlineData("?status=&category=troop-movement")]
    [InlineData("?precision=")]
    public async Task A_list_filter_given_empty_lets_nothing_pass(string query) =>
        Assert.Empty(await _client.ClaimIds(query));

    [Theory]
    [InlineData("?from=2021-07-06&to=2021-07-01", "from")]
    [InlineData("?from=2021-02-30", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?category=rumour", "category")]
    [InlineData("?status=likely", "status")]
    [InlineData("?precision=5", "precision")]
    [InlineData("?region=AF-XYZ", "region")]
    [InlineData("?bbox=70,30,60,40", "bbox")]
    [InlineData("?bbox=1,2,3", "bbox")]
    [InlineData("?bbox=-200,0,10,10", "bbox")]
    [InlineData("?categroy=troop-movement", "categroy")]
    [InlineData("?fields=everything", "fields")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=5001", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?cursor=page-2", "cursor")]
    [InlineData("?cursor=c-1", "cursor")]
    public async Task An_invalid_parameter_gets_400_naming_it(string query, string parameter) =>
        Assert.Equal([parameter], await _client.GetBadRequest("/api/claims" + query));

    [Fact]
    public async Task Every_bad_parameter_is_named_at_once() =>
        Assert.Equal(["category", "status"], (await _client.GetBadRequest("/api/claims?category=x&status=y")).Order().ToArray());
}
