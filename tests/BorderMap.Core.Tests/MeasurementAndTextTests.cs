using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests;

public class MeasurementAndTextTests
{
    [Fact]
    public void Vincenty_distance_matches_the_published_Flinders_Peak_to_Buninyong_example()
    {
        // Vincenty (1975) / Geoscience Australia test pair: 54,972.271 m on WGS84.
        var flindersPeak = new Coordinate(144 + (25 / 60.0) + (29.52440 / 3600), -(37 + (57 / 60.0) + (3.72030 / 3600)));
        var buninyong = new Coordinate(143 + (55 / 60.0) + (35.38390 / 3600), -(37 + (39 / 60.0) + (10.15610 / 3600)));
        Assert.Equal(54_972.271, Geodesic.Distance(flindersPeak, buninyong), 0.01);
    }

    [Fact]
    public void Area_of_a_one_degree_cell_at_the_equator_is_about_12300_km2()
    {
        var cell = new GeometryFactory().CreatePolygon([new(0, 0), new(1, 0), new(1, 1), new(0, 1), new(0, 0)]);
        Assert.Equal(12_308, Geodesic.AreaKm2(cell), 0);
    }

    [Fact]
    public void Code_point_offsets_count_characters_outside_the_BMP_once()
    {
        const string text = "a🗺️b “c”";
        Assert.Equal("b", CodePointText.Slice(text, 3, 4));
        Assert.Equal("“c”", CodePointText.Slice(text, 5, 8));
        Assert.Null(CodePointText.Slice(text, 5, 9));
    }

    [Theory]
    [InlineData("region:AF-BDS", "AF-BDS", null)]
    [InlineData("border:TJ/AF-BDS", "TJ", "AF-BDS")]
    public void Geometry_references_parse(string text, string first, string? second)
    {
        Assert.True(GeometryRef.TryParse(text, out var reference));
        switch (reference)
        {
            case RegionRef region:
                Assert.Equal(first, region.AreaId);
                break;
            case BorderRef border:
                Assert.Equal((first, second), (border.AreaA, border.AreaB));
                break;
            default:
                Assert.Fail("unexpected reference kind");
                break;
        }
    }

    [Theory]
    [InlineData("AF-BDS")]
    [InlineData("region:")]
    [InlineData("border:TJ/")]
    [InlineData("border:A/B/C")]
    public void Malformed_references_do_not_parse(string text) => Assert.False(GeometryRef.TryParse(text, out _));

    [Theory]
    [InlineData("2021-07-05", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2021-02-29", false)]
    [InlineData("2021-13-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2021-7-5", false)]
    [InlineData("2021/07/05", false)]
    [InlineData("２０21-07-05", false)]
    [InlineData("", false)]
    public void Iso_dates_parse_exactly_like_the_invariant_yyyy_MM_dd_format(string text, bool valid)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var reference);
        Assert.Equal(valid, expected);
        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        Assert.Equal(reference, date);
    }
}
