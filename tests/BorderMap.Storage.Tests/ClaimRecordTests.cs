using System.Text.Json;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Tests;

/// <summary>The history entry a write appends and the data's JSON are cut from the claim's page item; they must read exactly as the claim's feature and data serialised on their own.</summary>
public class ClaimRecordTests
{
    private static readonly ClaimWrites Writes = new(TestData.Geodata.Areas, TimeProvider.System);

    [Fact]
    public void Every_seed_claims_history_value_and_data_are_its_feature_and_data_as_serialised_on_their_own()
    {
        Assert.NotEmpty(TestData.Geodata.Claims);
        foreach (var claim in TestData.Geodata.Claims)
        {
            var record = Writes.Record(claim);

            Assert.Equal(ClaimGeoJson.FeatureText(claim), record.FeatureText());
            Assert.Equal(JsonSerializer.Serialize(claim.Data, ClaimJsonContext.Default.ClaimData), record.DataJson);
        }
    }

    [Fact]
    public void A_history_value_keeps_escaped_and_non_latin_text_as_the_feature_has_it()
    {
        var seed = TestData.Geodata.Claims[0];
        var claim = seed with
        {
            Id = "claim-Бадахшан",
            Data = seed.Data with { Title = "Бадахшан «border» \"quoted\" <b>&</b> 𝔘 تاجیکستان", Note = "line\nbreak\ttab", Actors = ["Талибан", "O'Neil"] },
        };

        var record = Writes.Record(claim);
        var feature = record.FeatureText();

        Assert.Equal(ClaimGeoJson.FeatureText(claim), feature);
        Assert.Equal(JsonSerializer.Serialize(claim.Data, ClaimJsonContext.Default.ClaimData), record.DataJson);
        Assert.Contains("\\u0411", feature, StringComparison.Ordinal);
    }
}
