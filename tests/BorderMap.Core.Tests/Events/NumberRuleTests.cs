using BorderMap.Core.Events;

namespace BorderMap.Core.Tests.Events;

public class NumberRuleTests
{
    [Theory]
    [InlineData("1,037 Afghan soldiers crossed the river.", 1037, NumberQualifier.Exact)]
    [InlineData("More than 1,000 soldiers crossed.", 1000, NumberQualifier.MoreThan)]
    [InlineData("Over 1000 soldiers crossed.", 1000, NumberQualifier.MoreThan)]
    [InlineData("At least 1,000 soldiers crossed.", 1000, NumberQualifier.AtLeast)]
    [InlineData("Around 1,000 soldiers crossed.", 1000, NumberQualifier.About)]
    [InlineData("about 1 000 soldiers crossed.", 1000, NumberQualifier.About)]
    [InlineData("Nearly 1,600 soldiers have crossed.", 1600, NumberQualifier.Nearly)]
    [InlineData("Up to 500 soldiers may have crossed.", 500, NumberQualifier.UpTo)]
    [InlineData("Troops cover 500 square metres.", 500, NumberQualifier.Exact)]
    public void The_hedge_before_a_number_is_read(string text, double value, NumberQualifier qualifier) =>
        Assert.Equal(qualifier, QuantityReader.Read("soldiers", value, text).Qualifier);

    [Theory]
    [InlineData("It was the fifth crossing, with nearly 1,600 soldiers in all.", true)]
    [InlineData("A total of 1,600 soldiers have crossed since June.", true)]
    [InlineData("1,037 soldiers crossed on Monday night, the fifth crossing in all.", false)]
    [InlineData("1,037 soldiers crossed on Monday night.", false)]
    public void A_running_total_is_told_from_one_crossing(string text, bool cumulative)
    {
        var value = text.Contains("1,600", StringComparison.Ordinal) ? 1600 : 1037;
        Assert.Equal(cumulative, QuantityReader.Read("soldiers", value, text).Cumulative);
    }

    [Theory]
    [InlineData(NumberQualifier.MoreThan, 1000, NumberQualifier.Exact, 1037, Agreement.Agree)]
    [InlineData(NumberQualifier.About, 1000, NumberQualifier.Exact, 1037, Agreement.Agree)]
    [InlineData(NumberQualifier.About, 1000, NumberQualifier.MoreThan, 1000, Agreement.Agree)]
    [InlineData(NumberQualifier.AtLeast, 1000, NumberQualifier.Exact, 1000, Agreement.Agree)]
    [InlineData(NumberQualifier.MoreThan, 1000, NumberQualifier.Exact, 1000, Agreement.Contradict)]
    [InlineData(NumberQualifier.Nearly, 1000, NumberQualifier.Exact, 1037, Agreement.Contradict)]
    [InlineData(NumberQualifier.Nearly, 1100, NumberQualifier.Exact, 1037, Agreement.Agree)]
    [InlineData(NumberQualifier.UpTo, 500, NumberQualifier.Exact, 1037, Agreement.Contradict)]
    [InlineData(NumberQualifier.Exact, 1037, NumberQualifier.Exact, 1040, Agreement.Contradict)]
    [InlineData(NumberQualifier.About, 300, NumberQualifier.MoreThan, 1000, Agreement.Contradict)]
    public void Qualified_numbers_agree_when_some_value_meets_both(NumberQualifier qa, double a, NumberQualifier qb, double b, Agreement expected)
    {
        var verdict = NumberRules.Compare(new QuantityStatement("soldiers", a, qa, false), new QuantityStatement("soldiers", b, qb, false));

        Assert.Equal(expected, verdict.Agreement);
        Assert.Equal(expected, NumberRules.Compare(new QuantityStatement("soldiers", b, qb, false), new QuantityStatement("soldiers", a, qa, false)).Agreement);
    }

    [Fact]
    public void A_cumulative_total_is_a_different_quantity_from_one_crossing()
    {
        var verdict = NumberRules.Compare(new QuantityStatement("soldiers", 1600, NumberQualifier.Nearly, true), new QuantityStatement("soldiers", 1037, NumberQualifier.Exact, false));

        Assert.Equal(Agreement.Unknown, verdict.Agreement);
        Assert.Contains("running total", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_kinds_of_number_are_not_compared() =>
        Assert.Equal(Agreement.Unknown, NumberRules.Compare([new QuantityStatement("soldiers", 5, NumberQualifier.Exact, false)], [new QuantityStatement("refugees", 9, NumberQualifier.Exact, false)]).Agreement);
}
