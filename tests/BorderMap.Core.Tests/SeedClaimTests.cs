using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace BorderMap.Core.Tests;

public class SeedClaimTests
{
    private static BorderMapData Data => RepositoryData.Data;

    public static TheoryData<string> ClaimIds()
    {
        var ids = new TheoryData<string>();
        foreach (var claim in Data.Claims)
        {
            ids.Add(claim.Id);
        }

        return ids;
    }

    [Fact]
    public void The_article_is_registered_with_its_language_and_translation()
    {
        var source = Assert.Single(Data.Sources);
        Assert.Equal("id", source.Language);
        Assert.Equal("de", source.TranslatedFrom);
        Assert.Equal("70fe19b7e50154978c0c684ba881c44daf3d0569e5f128746323e8a75a3bf52e", source.Sha256);
    }

    [Fact]
    public void Every_factual_claim_of_the_article_is_there_and_the_biography_is_not()
    {
        Assert.InRange(Data.Claims.Count, 14, 30);
        var biography = Data.Sources[0].Text.IndexOf("Komunikator", StringComparison.Ordinal);
        Assert.All(Data.Claims, c => Assert.True(c.Data.Quote.End <= biography, c.Id));
    }

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void Quote_is_verbatim_at_its_offsets(string id)
    {
        var claim = Data.FindClaim(id)!;
        var source = Data.FindSource(claim.Data.Source)!;
        Assert.Equal(claim.Data.Quote.Text, CodePointText.Slice(source.Text, claim.Data.Quote.Start, claim.Data.Quote.End));
    }

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void Geometry_lies_in_or_on_the_areas_the_claim_names(string id)
    {
        var claim = Data.FindClaim(id)!;
        Assert.NotEmpty(claim.Data.Areas);
        var named = UnaryUnionOp.Union(claim.Data.Areas.Select(a => Data.Areas.Find(a)!.Geometry).ToList());

        // A hair of tolerance (about 1 m) absorbs the rounding of coordinates to 5 decimals.
        Assert.True(named.Buffer(1e-5).Covers(claim.Geometry), $"{id} lies outside {string.Join(", ", claim.Data.Areas)}");
        Assert.True(named.Buffer(1e-5).Covers(claim.Anchor), $"{id}'s marker lies outside its areas");
    }

    [Fact]
    public void The_900_km_border_claim_is_the_shared_Tajik_Badakhshan_line()
    {
        var claim = Data.Claims.Single(c => c.Data.Numbers.GetValueOrDefault("borderKm") == 900);
        Assert.IsAssignableFrom<ILineal>(claim.Geometry);
        Assert.True(claim.Geometry.EqualsExact(Data.Areas.SharedBorder("TJ", "AF-BDS")!));
    }

    [Fact]
    public void The_1037_soldiers_crossed_from_Badakhshan_on_Monday_5_July_2021()
    {
        var claim = Data.Claims.Single(c => c.Data.Numbers.GetValueOrDefault("soldiers") == 1037);
        Assert.Equal("troop-movement", claim.Data.Category);
        Assert.Contains("1.037 tentara", claim.Data.Quote.Text, StringComparison.Ordinal);
        Assert.Equal(("2021-07-05", "day"), (claim.Data.EventDate, claim.Data.TimePrecision));
        Assert.Contains("AF-BDS", claim.Data.Areas);
    }

    [Fact]
    public void The_Mazar_consulate_is_a_point_in_Balkh()
    {
        var claim = Data.FindClaim("russia-closes-mazar-consulate")!;
        Assert.IsType<Point>(claim.Geometry);
        Assert.True(Data.Areas.Find("AF-BAL")!.Geometry.Contains(claim.Geometry));
    }

    [Fact]
    public void The_embassy_translation_slip_is_geocoded_to_Kabul_and_explained()
    {
        var claim = Data.Claims.Single(c => c.Data.Quote.Text.Contains("Penerimaan", StringComparison.Ordinal));
        Assert.True(Data.Areas.Find("AF-KAB")!.Geometry.Contains(claim.Geometry));
        Assert.Contains("Kabul", claim.Data.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_focus_province_has_at_least_one_claim()
    {
        foreach (var province in new[] { "AF-BDS", "AF-TAK", "AF-KAN", "AF-HEL" })
        {
            Assert.Contains(Data.Claims, c => c.Data.Areas.Contains(province));
        }
    }
}
