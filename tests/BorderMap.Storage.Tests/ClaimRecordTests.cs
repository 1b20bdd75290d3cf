using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Tests;

/// <summary>The history entry a write appends is cut from the claim's page item; it must read exactly as the claim's feature serialised on its own.</summary>
public class ClaimRecordTests
{
    private static readonly ClaimWrites Writes = new(TestData.Geodata.Areas, TimeProvider.System);

    [Fact]
    public void Every_seed_claims_history_value_is_its_feature_as_serialised_on_its_own()
    {
        Assert.NotEmpty(TestData.Geodata.Claims);
        foreach (var claim in TestData.Geodata.Claims)
        {
            Assert.Equal(ClaimGeoJson.FeatureText(claim), Writes.Record(claim).FeatureText());
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

        var feature = Writes.Record(claim).FeatureText();

        Assert.Equal(ClaimGeoJson.FeatureText(claim), feature);
        Assert.Contains("\\u0411", feature, StringComparison.Ordinal);
    }
}
