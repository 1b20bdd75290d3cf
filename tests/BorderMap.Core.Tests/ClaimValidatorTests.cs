using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests;

public class ClaimValidatorTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly Point Kabul = Factory.CreatePoint(new Coordinate(69.1723, 34.5281));

    private static readonly ClaimValidator Validator = new(RepositoryData.Data.Areas, RepositoryData.Data.FindSource);

    private static readonly ClaimData Valid = RepositoryData.Data.Claims.First(c => c.Data.Refs.Count > 0).Data;

    private static string[] ProblemFields(ClaimData claim, Geometry? geometry = null) =>
        [.. Validator.Validate(claim, geometry).Select(p => p.Field)];

    [Fact]
    public void A_shipped_claim_passes() => Assert.Empty(ProblemFields(Valid));

    [Fact]
    public void A_quote_that_is_not_at_its_offsets_is_refused()
    {
        var shifted = Valid with { Quote = Valid.Quote with { Start = Valid.Quote.Start + 1, End = Valid.Quote.End + 1 } };
        Assert.Equal(["quote"], ProblemFields(shifted));
    }

    [Fact]
    public void A_quote_beyond_the_end_of_the_source_is_refused()
    {
        var outside = Valid with { Quote = Valid.Quote with { Start = 100_000, End = 100_010 } };
        Assert.Contains("outside the source text", Assert.Single(Validator.Validate(outside, null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_source_is_refused() =>
        Assert.Equal(["source"], ProblemFields(Valid with { Source = "no-such-source" }));

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("5 July 2021")]
    public void A_date_that_is_not_real_is_refused(string date) =>
        Assert.Equal(["eventDate"], ProblemFields(Valid with { EventDate = date, EndDate = null }));

    [Fact]
    public void An_end_before_the_start_is_refused() =>
        Assert.Equal(["endDate"], ProblemFields(Valid with { EventDate = "2021-07-05", EndDate = "2021-07-01" }));

    [Fact]
    public void Unknown_codes_are_refused()
    {
        var claim = Valid with { Category = "rumour", Status = "likely", TimePrecision = "hour", GeoPrecision = 7 };
        Assert.Equal(["category", "timePrecision", "status", "geoPrecision"], ProblemFields(claim));
    }

    [Fact]
    public void A_claim_needs_either_a_geometry_or_references()
    {
        Assert.Equal(["geometry"], ProblemFields(Valid, Kabul));
        Assert.Equal(["geometry"], ProblemFields(Valid with { Refs = [] }));
        Assert.Empty(ProblemFields(Valid with { Refs = [] }, Kabul));
    }

    [Theory]
    [InlineData("region:AF-XXX")]
    [InlineData("border:TJ/AF-KAN")]
    [InlineData("province:AF-BDS")]
    [InlineData("border:TJ")]
    public void A_reference_that_does_not_resolve_is_refused(string reference) =>
        Assert.Equal(["refs[0]"], ProblemFields(Valid with { Refs = [reference] }));

    [Fact]
    public void Coordinates_outside_WGS84_are_refused()
    {
        var latLonSwapped = Factory.CreatePoint(new Coordinate(34.5, 191.2));
        Assert.Equal(["geometry"], ProblemFields(Valid with { Refs = [] }, latLonSwapped));
    }

    [Fact]
    public void A_self_intersecting_polygon_is_refused()
    {
        var bowTie = Factory.CreatePolygon([new(69, 34), new(70, 35), new(70, 34), new(69, 35), new(69, 34)]);
        var problem = Assert.Single(Validator.Validate(Valid with { Refs = [] }, bowTie));
        Assert.Equal("geometry", problem.Field);
        Assert.Contains("Self-intersection", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_areas_are_refused() =>
        Assert.Equal(["areas"], ProblemFields(Valid with { Areas = ["AF-BDS", "Narnia"] }));
}
