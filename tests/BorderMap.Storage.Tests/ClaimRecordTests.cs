using System.Text.Json;
using BorderMap.Storage.GeoPackage;
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

    [Fact]
    public void A_GeoPackage_rows_json_columns_are_each_value_as_serialised_on_its_own()
    {
        var seed = TestData.Geodata.Claims[0];
        var escaped = seed with
        {
            Data = seed.Data with
            {
                Actors = ["Талибан", "O'Neil \"the\" <b>"],
                Refs = ["region:AF-BDS"],
                Quote = seed.Data.Quote with { Text = "«Бадахшан» \"quoted\"\n𝔘" },
                Numbers = new Dictionary<string, double> { ["soldiers"] = 1037, ["distanceKm"] = 0.25, ["ключ"] = -3 },
            },
        };
        foreach (var claim in TestData.Geodata.Claims.Append(escaped))
        {
            var (data, values) = (claim.Data, ClaimRows.Serialize(Writes.Record(claim)).Values);
            string Column(string name) => values[ClaimRows.DataColumns.ToList().IndexOf(name)]!.ToString()!;

            Assert.Equal(JsonSerializer.Serialize(data.Actors, ClaimJsonContext.Default.IReadOnlyListString), Column("actors"));
            Assert.Equal(JsonSerializer.Serialize(data.Refs, ClaimJsonContext.Default.IReadOnlyListString), Column("refs"));
            Assert.Equal(JsonSerializer.Serialize(data.Areas, ClaimJsonContext.Default.IReadOnlyListString), Column("areas"));
            Assert.Equal(JsonSerializer.Serialize(data.Quote, ClaimJsonContext.Default.Quote), Column("quote"));
            Assert.Equal(JsonSerializer.Serialize(data.Numbers, ClaimJsonContext.Default.IReadOnlyDictionaryStringDouble), Column("numbers"));
        }
    }
}
