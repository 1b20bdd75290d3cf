using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Measurement;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests;

/// <summary>Measured checks judge a stated number against the measurement's uncertainty and the published figures, not by the sign of the difference.</summary>
public class MeasuredCheckTests
{
    private static BorderMapData Data => RepositoryData.Data;

    private static Claim BorderClaim => Data.Claims.Single(c => c.Data.Numbers.GetValueOrDefault("borderKm") == 900);

    [Fact]
    public void More_than_900_km_with_Badakhshan_is_consistent_though_the_coarse_line_measures_less()
    {
        var check = Assert.Single(ClaimCheck.For(BorderClaim, Data.Areas));
        Assert.Equal("more than", check.Qualifier);
        Assert.True(check.Measured < 900, "the simplified line measures short");
        Assert.Equal("consistent", check.Verdict);
        var reference = Assert.Single(check.References);
        Assert.Equal(910, reference.Value);
        Assert.Contains("Tajikistan", reference.Source, StringComparison.Ordinal);
        Assert.Equal(910, check.High);
    }

    [Fact]
    public void The_check_says_what_it_was_measured_on_and_how_uncertain_it_is()
    {
        var check = Assert.Single(ClaimCheck.For(BorderClaim, Data.Areas));
        Assert.Contains("Natural Earth", check.MeasuredOn, StringComparison.Ordinal);
        Assert.Contains("km apart", check.MeasuredOn, StringComparison.Ordinal);
        Assert.Contains("border:TJ/AF-BDS", check.Basis, StringComparison.Ordinal);

        // Vertices about 7 km apart: the estimate is tens of kilometres, neither nothing nor the whole gap.
        Assert.InRange(check.Uncertainty, 20, 80);
        Assert.Equal(Math.Round(check.Measured - check.Uncertainty, 1), check.Low, 1);
    }

    [Theory]
    [InlineData("a border of 2,000 kilometres", 2000, "inconsistent")]
    [InlineData("a border of more than 2,000 kilometres", 2000, "inconsistent")]
    [InlineData("a border of less than 500 kilometres", 500, "inconsistent")]
    [InlineData("a border of 830 kilometres", 830, "consistent")]
    [InlineData("a border of about 950 kilometres", 950, "consistent")]
    [InlineData("a border of up to 1,000 kilometres", 1000, "consistent")]
    public void A_length_is_judged_against_the_measured_and_published_range(string translation, double km, string verdict)
    {
        var check = Assert.Single(ClaimCheck.For(Stating(BorderClaim, km, translation), Data.Areas));
        Assert.Equal(verdict, check.Verdict);
    }

    [Fact]
    public void The_whole_border_is_set_beside_the_World_Factbook_figure()
    {
        var border = Data.Areas.SharedBorder("AF", "TJ")!;
        var claim = Stating(BorderClaim, 1300, "a border of 1,300 kilometres") with { Geometry = border };
        claim = claim with { Data = claim.Data with { Refs = ["border:AF/TJ"] } };
        var check = Assert.Single(ClaimCheck.For(claim, Data.Areas));
        Assert.Equal(1357, Assert.Single(check.References).Value);
        Assert.Equal("consistent", check.Verdict);
    }

    [Theory]
    [InlineData("more than 900 kilometres", "more than", 900, double.PositiveInfinity)]
    [InlineData("lebih dari 900 kilometer", "more than", 900, double.PositiveInfinity)]
    [InlineData("at least 900 km", "at least", 900, double.PositiveInfinity)]
    [InlineData("around 1,000 soldiers", "about", 900, 1100)]
    [InlineData("nearly 1.000 Soldaten", "nearly", 900, 1000)]
    [InlineData("up to 1000 soldiers", "up to", 0, 1000)]
    [InlineData("1,000 soldiers and more than 20 tanks", "exact", 1000, 1000)]
    public void Qualifiers_before_the_number_set_the_range_a_statement_allows(string text, string qualifier, double low, double high)
    {
        var stated = StatedValue.Read(text.Contains("900", StringComparison.Ordinal) ? 900 : 1000, text);
        Assert.Equal((qualifier, low, high), (stated.Qualifier, Math.Round(stated.Low), stated.High));
    }

    [Fact]
    public void Resolution_uncertainty_is_nothing_for_a_straight_segment_and_grows_with_lost_bends()
    {
        var factory = new GeometryFactory();
        var straight = factory.CreateLineString([new(70, 37), new(71, 37)]);
        var zigzag = factory.CreateLineString([.. Enumerable.Range(0, 21).Select(i => new Coordinate(70 + (i * 0.05), 37 + (i % 2 * 0.05)))]);
        Assert.Equal(0, ResolutionUncertainty.LengthKm(straight), 3);
        Assert.True(ResolutionUncertainty.LengthKm(zigzag) > 50, "dropping every other vertex straightens the zigzag");
    }

    private static Claim Stating(Claim claim, double km, string translation) => claim with
    {
        Data = claim.Data with
        {
            Numbers = new Dictionary<string, double> { ["borderKm"] = km },
            Translation = translation,
            Quote = claim.Data.Quote with { Text = translation },
        },
    };
}
