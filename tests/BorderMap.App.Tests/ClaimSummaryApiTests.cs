using System.Globalization;
using System.Net;
using System.Text.Json;
using BorderMap.Storage.Tests;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.App.Tests;

/// <summary>The aggregates, tiles and change polling follow the filter parameters and name every bad parameter.</summary>
public class ClaimSummaryApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    /// <summary>Zoom 5 over Tajikistan and north-eastern Afghanistan, where the seed claims are.</summary>
    public const string SeedTile = "5/22/12";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Facets_count_the_claims_the_list_holds_by_category_status_and_precision()
    {
        var ids = await _client.ClaimIds("?limit=5000");
        var facets = await _client.GetOk("/api/claims/facets");

        Assert.Equal(ids.Length, facets.GetProperty("total").GetInt32());
        Assert.False(facets.GetProperty("atLeast").GetBoolean());
        foreach (var facet in new[] { "categories", "statuses", "precisions" })
        {
            Assert.Equal(ids.Length, facets.GetProperty(facet).EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        }

        var troops = await _client.GetOk("/api/claims/facets?category=troop-movement");
        Assert.Equal((await _client.ClaimIds("?category=troop-movement")).Length, troops.GetProperty("total").GetInt32());
        Assert.Equal("troop-movement", Assert.Single(troops.GetProperty("categories").EnumerateArray()).GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("month", 1)]
    [InlineData("week", 0)]
    public async Task The_histogram_bins_every_claim_by_event_date(string bin, int startDay)
    {
        var histogram = await _client.GetOk($"/api/claims/histogram?bin={bin}");

        Assert.Equal(bin, histogram.GetProperty("bin").GetString());
        var bins = histogram.GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal((await _client.ClaimIds("?limit=5000")).Length, bins.Sum(b => b.GetProperty("count").GetInt32()));
        var starts = bins.Select(b => DateOnly.ParseExact(b.GetProperty("start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(starts, start => Assert.Equal(startDay, bin == "month" ? start.Day : ((int)start.DayOfWeek + 6) % 7));
    }

    [Theory]
    [InlineData("/api/claims/facets?categroy=x", "categroy")]
    [InlineData("/api/claims/facets?from=someday", "from")]
    [InlineData("/api/claims/histogram", "bin")]
    [InlineData("/api/claims/histogram?bin=year", "bin")]
    [InlineData("/api/claims/histogram?bin=day&status=likely", "status")]
    [InlineData("/api/tiles/claims/21/0/0.mvt", "z")]
    [InlineData("/api/tiles/claims/a/0/0.mvt", "z")]
    [InlineData("/api/tiles/claims/5/32/12.mvt", "x")]
    [InlineData("/api/tiles/claims/5/22/40.mvt", "y")]
    [InlineData("/api/tiles/claims/5/22/12.mvt?precision=9", "precision")]
    [InlineData("/api/tiles/claims/5/22/12.mvt?limit=10", "limit")]
    [InlineData("/api/changes?after=yesterday", "after")]
    [InlineData("/api/changes?after=1.1&timeout=26", "timeout")]
    [InlineData("/api/changes?since=1.1", "since")]
    public async Task An_invalid_parameter_gets_400_naming_it(string url, string parameter) =>
        Assert.Equal([parameter], await _client.GetBadRequest(url));

    [Fact]
    public async Task A_tile_is_a_vector_tile_revalidated_against_the_store_position()
    {
        using var response = await _client.GetAsync(new Uri($"/api/tiles/claims/{SeedTile}.mvt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/tiles/claims/{SeedTile}.mvt", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var unchanged = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task GDAL_reads_a_served_tile_as_a_claims_layer_with_features()
    {
        var folder = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N"));
        var tile = Path.Combine(folder, $"{SeedTile}.pbf");
        Directory.CreateDirectory(Path.GetDirectoryName(tile)!);
        await File.WriteAllBytesAsync(tile, await _client.GetByteArrayAsync(new Uri($"/api/tiles/claims/{SeedTile}.mvt", UriKind.Relative)));

        var (exitCode, stdout, stderr) = await ExternalTool.Run("ogrinfo", "-ro", "-al", "-so", "MVT:" + tile);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Layer name: claims", stdout, StringComparison.Ordinal);
        var count = stdout.Split('\n').Single(l => l.StartsWith("Feature Count: ", StringComparison.Ordinal));
        Assert.True(int.Parse(count["Feature Count: ".Length..], CultureInfo.InvariantCulture) > 0, stdout);
    }

    [Fact]
    public async Task Changes_answer_the_position_at_once_without_after_and_when_the_timeout_passes()
    {
        var now = (await _client.GetOk("/api/changes")).GetProperty("position").GetString()!;
        Assert.Matches(@"^\d+\.\d+$", now);

        var unchanged = await _client.GetOk($"/api/changes?after={now}&timeout=0");
        Assert.Equal(now, unchanged.GetProperty("position").GetString());
    }

    [Fact]
    public async Task Facets_and_histogram_answer_camel_case_json()
    {
        using var response = await _client.GetAsync(new Uri("/api/claims/facets", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["total", "categories", "statuses", "precisions", "actors", "regions", "atLeast"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
