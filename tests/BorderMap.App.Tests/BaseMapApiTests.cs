using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.App.Tests;

/// <summary><c>GET /api/basemap</c>: every boundary layer and the towns in one answer, which the web map's first load asks for.</summary>
public class BaseMapApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_base_map_holds_each_listed_layer_and_the_towns_as_their_own_requests_answer_them()
    {
        var baseMap = await _client.GetOk("/api/basemap");
        var listed = (await _client.GetOk("/api/layers")).EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToList();

        var layers = baseMap.GetProperty("layers");
        Assert.Equal(listed, layers.EnumerateObject().Select(p => p.Name));
        foreach (var id in listed)
        {
            Assert.True(JsonElement.DeepEquals(await _client.GetOk($"/api/layers/{id}"), layers.GetProperty(id)), $"layer {id} differs");
        }

        var towns = baseMap.GetProperty("towns");
        Assert.True(JsonElement.DeepEquals(await _client.GetOk("/api/towns"), towns));
        Assert.Contains(towns.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("name").GetString() == "Dushanbe");
        Assert.Equal(39, layers.GetProperty("provinces").GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task A_browser_that_has_the_base_map_asks_whether_it_changed_and_gets_no_body_again()
    {
        using var first = await _client.GetAsync("/api/basemap");
        first.EnsureSuccessStatusCode();
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.NoCache, "the browser must ask again before it uses its copy");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/basemap");
        again.Headers.IfNoneMatch.Add(etag);
        using var unchanged = await _client.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, unchanged.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/basemap");
        other.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"g0\""));
        using var stale = await _client.SendAsync(other);
        Assert.Equal(System.Net.HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await stale.Content.ReadAsByteArrayAsync());
    }
}
