using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>A claim's measured checks over the API: basis, uncertainty, the published figure, and a verdict against that range.</summary>
public sealed class MeasuredCheckApiTests : ServerPerTest<StoreServer>
{
    [Fact]
    public async Task More_than_900_km_is_consistent_and_2000_km_inconsistent_each_with_basis_and_uncertainty()
    {
        var seed = Check(await Client.GetOk("/api/claims/tj-bds-border-length"));
        Assert.Equal(("more than", "consistent"), (seed.GetProperty("qualifier").GetString(), seed.GetProperty("verdict").GetString()));
        Assert.Contains("Natural Earth", seed.GetProperty("measuredOn").GetString(), StringComparison.Ordinal);
        Assert.True(seed.GetProperty("uncertainty").GetDouble() > 0);
        var reference = Assert.Single(seed.GetProperty("references").EnumerateArray().ToList());
        Assert.Equal(910, reference.GetProperty("value").GetDouble());
        Assert.False(string.IsNullOrEmpty(reference.GetProperty("source").GetString()));

        var body = ClaimBodies.Valid("claims-2000-km", p =>
        {
            p["refs"] = new JsonArray("border:TJ/AF-BDS");
            p["areas"] = new JsonArray("TJ", "AF-BDS");
            p["geoPrecision"] = 3;
            p["numbers"] = new JsonObject { ["borderKm"] = 2000 };
            p["translation"] = "Tajikistan has a border of 2,000 km with Badakhshan.";
        });
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
        var response = await Client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var posted = Check(await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(("exact", "inconsistent"), (posted.GetProperty("qualifier").GetString(), posted.GetProperty("verdict").GetString()));
        Assert.Equal(seed.GetProperty("uncertainty").GetDouble(), posted.GetProperty("uncertainty").GetDouble());
        Assert.Contains("border:TJ/AF-BDS", posted.GetProperty("basis").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Check(JsonElement feature) =>
        Assert.Single(feature.GetProperty("properties").GetProperty("checks").EnumerateArray().ToList());
}
