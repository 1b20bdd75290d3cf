using BorderMap.Core.Events;

namespace BorderMap.Core.Tests.Events;

public class DatePlaceActorRuleTests
{
    [Theory]
    [InlineData("2021-07-05", null, "day", "2021-07-05", null, "day", Agreement.Agree)]
    [InlineData("2021-07-05", null, "day", "2021-07-06", null, "day", Agreement.Contradict)]
    [InlineData("2021-07-05", null, "day", "2021-07-07", null, "week", Agreement.Agree)]
    [InlineData("2021-07-05", null, "day", "2021-07-12", null, "week", Agreement.Contradict)]
    [InlineData("2021-07-05", null, "day", "2021-07-20", null, "month", Agreement.Agree)]
    [InlineData("2021-07-05", null, "day", "2021-08-01", null, "month", Agreement.Contradict)]
    [InlineData("2021-07-05", null, "day", "2021-01-01", null, "year", Agreement.Agree)]
    [InlineData("2021-07-03", "2021-07-05", "day", "2021-07-05", null, "day", Agreement.Agree)]
    public void Dates_agree_when_their_spans_overlap_given_precision(string a, string? aEnd, string aPrecision, string b, string? bEnd, string bPrecision, Agreement expected) =>
        Assert.Equal(expected, DateRules.Compare(DateRules.Span(a, aEnd, aPrecision), DateRules.Span(b, bEnd, bPrecision)).Agreement);

    [Fact]
    public void A_week_precision_date_covers_its_monday_to_sunday() =>
        Assert.Equal((new DateOnly(2021, 7, 5), new DateOnly(2021, 7, 11)), DateRules.Span("2021-07-07", null, "week"));

    [Fact]
    public void A_town_inside_a_province_polygon_agrees_with_it()
    {
        var badakhshan = ConstructedClaims.Khorog.Buffer(1.0);

        var verdict = PlaceRules.Compare(ConstructedClaims.Ishkashim, 2, badakhshan, 3, "Ishkashim", "Badakhshan");

        Assert.Equal(Agreement.Agree, verdict.Agreement);
    }

    [Theory]
    [InlineData(1, 1, Agreement.Contradict)]
    [InlineData(2, 2, Agreement.Contradict)]
    [InlineData(3, 2, Agreement.Agree)]
    public void Nearby_towns_agree_only_within_the_precision_radius(int precisionA, int precisionB, Agreement expected) =>
        Assert.Equal(expected, PlaceRules.Compare(ConstructedClaims.Khorog, precisionA, ConstructedClaims.Ishkashim, precisionB, "Khorog", "Ishkashim").Agreement);

    [Fact]
    public void Kabul_is_far_from_Khorog_even_at_province_precision() =>
        Assert.Equal(Agreement.Contradict, PlaceRules.Compare(ConstructedClaims.Khorog, 3, ConstructedClaims.Kabul, 3, "Khorog", "Kabul").Agreement);

    [Fact]
    public void A_different_category_is_another_aspect_and_a_shared_actor_agrees()
    {
        Assert.Equal(Agreement.Agree, ActorRules.CompareCategory("refugees", "refugees").Agreement);
        Assert.Equal(Agreement.Unknown, ActorRules.CompareCategory("troop-movement", "diplomatic").Agreement);
        Assert.Equal(Agreement.Agree, ActorRules.CompareActors(["Taliban", "Afghan National Army"], ["afghan national army"]).Agreement);
        Assert.Equal(Agreement.Unknown, ActorRules.CompareActors(["Taliban"], ["Border guard"]).Agreement);
        Assert.Equal(Agreement.Unknown, ActorRules.CompareActors([], ["Border guard"]).Agreement);
    }
}
