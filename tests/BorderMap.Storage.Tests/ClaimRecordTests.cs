using System.Text.Json;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Tests;

/// <summary>The data's JSON is cut from the claim's page item; it must read exactly as the claim's data serialised on its own.</summary>
public class ClaimRecordTests
{
    private static readonly ClaimWrites Writes = new(TestData.Geodata.Areas, TimeProvider.System);

    [Fact]
    public void Every_seed_claims_data_is_its_data_as_serialised_on_its_own()
    {
        Assert.NotEmpty(TestData.Geodata.Claims);
        foreach (var claim in TestData.Geodata.Claims)
        {
            var record = Writes.Record(claim);

            Assert.Equal(JsonSerializer.Serialize(claim.Data, ClaimJsonContext.Default.ClaimData), record.DataJson);
        }
    }

    [Fact]
    public void The_data_keeps_escaped_and_non_latin_text_as_serialised_on_its_own()
    {
        var seed = TestData.Geodata.Claims[0];
        var claim = seed with
        {
            Id = "claim-Бадахшан",
            Data = seed.Data with { Title = "Бадахшан «border» \"quoted\" <b>&</b> 𝔘 تاجیکستان", Note = "line\nbreak\ttab", Actors = ["Талибан", "O'Neil"] },
        };

        var record = Writes.Record(claim);

        Assert.Equal(JsonSerializer.Serialize(claim.Data, ClaimJsonContext.Default.ClaimData), record.DataJson);
        Assert.Contains("\\u0411", record.DataJson, StringComparison.Ordinal);
    }
}
