using BorderMap.Core.Events;
using Xunit.Abstractions;
using static BorderMap.Core.Tests.Events.ConstructedClaims;

namespace BorderMap.Core.Tests.Events;

public class SuggestionTests(ITestOutputHelper output)
{
    [Fact]
    public void A_report_of_the_same_crossing_is_suggested_with_its_reasons_and_a_far_away_event_is_not()
    {
        var claim = Member("new", "More than 1,000 Afghan soldiers crossed into Badakhshan on Monday.", numbers: Soldiers(1000), geoPrecision: 3);
        var crossing = Member("old", "1,037 Afghan soldiers crossed the border overnight.", numbers: Soldiers(1037), geoPrecision: 3, source: "other");
        var kabul = Member("far", "Soldiers paraded in Kabul in spring.", at: Kabul, date: "2021-04-01", category: "statement", source: "x");

        var suggestions = EventSuggester.Suggest(claim, [("crossing", "Crossing", [crossing]), ("kabul", "Kabul parade", [kabul])]);

        var only = Assert.Single(suggestions);
        Assert.Equal("crossing", only.EventId);
        Assert.Contains(only.Reasons, r => r.StartsWith("place:", StringComparison.Ordinal));
        Assert.Contains(only.Reasons, r => r.StartsWith("dates:", StringComparison.Ordinal));
        Assert.Contains(only.Reasons, r => r.StartsWith("category:", StringComparison.Ordinal));
        Assert.Contains(only.Reasons, r => r.StartsWith("numbers:", StringComparison.Ordinal));
        Assert.Contains(only.Reasons, r => r.StartsWith("text:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_the_claim_already_belongs_to_is_not_suggested()
    {
        var claim = Member("same", "Soldiers crossed.");

        Assert.Empty(EventSuggester.Suggest(claim, [("e", "E", [claim])]));
    }

    /// <summary>The development split set the weights; its figures are the floor a change must keep.</summary>
    [Fact]
    public void On_the_development_split_suggestions_are_precise_and_find_most_events()
    {
        var result = SuggestionEvaluation.Run("dev");
        output.WriteLine($"dev: {result}");

        Assert.True(result.Precision >= 0.9 && result.Recall >= 0.8, result.ToString());
    }

    /// <summary>The unseen split was not looked at while tuning; it is reported on its own, with a lower floor.</summary>
    [Fact]
    public void On_the_unseen_split_suggestions_stay_useful()
    {
        var result = SuggestionEvaluation.Run("unseen");
        output.WriteLine($"unseen: {result}");

        Assert.True(result.Precision >= 0.75 && result.Recall >= 0.6, result.ToString());
    }
}
