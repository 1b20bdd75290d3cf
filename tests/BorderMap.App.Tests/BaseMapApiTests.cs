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
}
