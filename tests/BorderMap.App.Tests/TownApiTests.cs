using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderMap.App.Tests;

/// <summary><c>GET /api/towns</c>, which the web map's town layer draws.</summary>
public class TownApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Towns_are_GeoJSON_points_with_id_name_rank_and_country()
    {
        var collection = await _client.GetOk("/api/towns");
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.All(features, f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
        var byName = features.Select(f => f.GetProperty("properties")).ToDictionary(p => p.GetProperty("name").GetString()!);

        var fayzabad = byName["Fayzabad"];
        Assert.Equal(("gn:1142170", "provincial", "AF"), (fayzabad.GetProperty("id").GetString(), fayzabad.GetProperty("rank").GetString(), fayzabad.GetProperty("country").GetString()));
        Assert.Equal("capital", byName["Dushanbe"].GetProperty("rank").GetString());
        Assert.Equal("border", byName["Panji Poyon"].GetProperty("rank").GetString());
        var coordinates = features.Single(f => f.GetProperty("id").GetString() == "gn:1142170").GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((70.58002, 37.11664), (coordinates[0].GetDouble(), coordinates[1].GetDouble()));
    }
}
