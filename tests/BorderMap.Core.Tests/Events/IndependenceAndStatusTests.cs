using BorderMap.Core.Events;
using static BorderMap.Core.Tests.Events.ConstructedClaims;

namespace BorderMap.Core.Tests.Events;

/// <summary>The July 2021 crossing as five sources might report it; every text is constructed for these tests.</summary>
public class IndependenceAndStatusTests
{
    private static readonly EventMember BorderGuard = Member(
        "guard", "The border service said that 1,037 Afghan servicemen crossed into Badakhshan overnight to save their lives.",
        source: "guard-statement", publisher: "Tajik border service", numbers: Soldiers(1037), actors: ["Afghan National Army"]);

    private static readonly EventMember Broadcaster = Member(
        "broadcaster", "More than 1,000 Afghan troops fled across the Panj on Monday, according to Tajik border officials, after clashes with the Taliban.",
        source: "broadcaster", publisher: "Broadcaster", numbers: Soldiers(1000), actors: ["Afghan National Army", "Taliban"]);

    private static readonly EventMember Wire = Member(
        "wire", "More than 1,000 Afghan troops fled across the Panj on Monday, according to Tajik border officials, after fighting with the Taliban.",
        source: "wire", publisher: "Wire agency", numbers: Soldiers(1000), actors: ["Taliban"]);

    private static readonly EventMember Agency = Member(
        "agency", "Around 1,000 soldiers of the Afghan army entered Tajikistan, the agency's correspondent in Dushanbe reported.",
        source: "agency", publisher: "Agency", numbers: Soldiers(1000), actors: ["Afghan National Army"]);

    private static readonly EventMember Total = Member(
        "total", "It was the fifth such crossing this month, with nearly 1,600 soldiers in all.",
        source: "daily", publisher: "Daily", numbers: Soldiers(1600));

    [Fact]
    public void Near_duplicate_texts_count_once()
    {
        var result = SourceIndependence.Group([Broadcaster.Sourced, Wire.Sourced, Agency.Sourced]);

        Assert.Equal("3 sources, 2 independent", result.Summary);
        Assert.Contains(result.Groups, g => g.SourceIds.Count == 2 && g.Reasons.Any(r => r.StartsWith("near-duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sources_citing_the_same_wire_service_count_once()
    {
        var a = new SourcedText("a", "paper-a", "Paper A", "Moscow is not planning to evacuate its embassy, a spokesman told the news agency RIA Novosti.");
        var b = new SourcedText("b", "paper-b", "Paper B", "The embassy stays open and is well protected, RIA Novosti reported, quoting a diplomat.");

        var result = SourceIndependence.Group([a, b]);

        Assert.Equal(1, result.Independent);
        Assert.Contains("both cite ria novosti", result.Groups[0].Reasons);
    }

    [Fact]
    public void Sources_citing_the_same_statement_count_once()
    {
        var a = new SourcedText("a", "paper-a", "Paper A", "Hundreds of soldiers crossed, according to the State Committee for National Security.");
        var b = new SourcedText("b", "paper-b", "Paper B", "Soldiers were allowed in on humanitarian grounds, according to the State Committee for National Security of Tajikistan.");

        Assert.Equal(1, SourceIndependence.Group([a, b]).Independent);
    }

    [Fact]
    public void Two_articles_of_one_publisher_count_once_and_unrelated_reports_count_apart()
    {
        var a = new SourcedText("a", "one", "Daily", "Soldiers crossed the river at night.");
        var b = new SourcedText("b", "two", "Daily", "A second group arrived in the morning.");
        var c = new SourcedText("c", "three", "Weekly", "Refugee camps are being prepared near the border.");

        Assert.Equal("3 sources, 2 independent", SourceIndependence.Group([a, b, c]).Summary);
    }

    [Fact]
    public void Independent_sources_that_agree_make_the_event_corroborated()
    {
        var summary = EventSummary.Of([BorderGuard, Broadcaster, Agency]);

        Assert.Equal("corroborated", summary.DerivedStatus);
        Assert.Equal(Agreement.Agree, Attribute(summary, "numbers"));
        Assert.Equal("3 sources, 3 independent", summary.Independence.Summary);
    }

    [Fact]
    public void A_running_total_beside_one_crossing_neither_agrees_nor_contradicts()
    {
        var summary = EventSummary.Of([BorderGuard, Total]);

        Assert.Equal(Agreement.Unknown, Attribute(summary, "numbers"));
        Assert.Equal([(false, 1037.0, 1037.0, 1037.0), (true, 1600.0, 1600.0, 1600.0)], summary.Numbers.Select(n => (n.Cumulative, n.Low, n.Best, n.High)));
    }

    [Fact]
    public void Copies_of_one_report_do_not_corroborate_it()
    {
        var summary = EventSummary.Of([Broadcaster, Wire]);

        Assert.Equal("reported", summary.DerivedStatus);
        Assert.Equal("2 sources, 1 independent", summary.Independence.Summary);
    }

    [Fact]
    public void Any_contradiction_makes_the_event_disputed()
    {
        var upTo = Member("low", "Up to 500 soldiers crossed, a local official said.", source: "local", publisher: "Local", numbers: Soldiers(500));

        var summary = EventSummary.Of([BorderGuard, Broadcaster, upTo]);

        Assert.Equal("disputed", summary.DerivedStatus);
        Assert.Equal(Agreement.Contradict, Attribute(summary, "numbers"));
        Assert.Contains(summary.Attributes.Single(a => a.Attribute == "numbers").Pairs, p => p.ClaimB == "low" && p.Agreement == Agreement.Contradict);
    }

    [Fact]
    public void One_source_copies_of_one_report_and_one_publisher_are_single_source_and_independent_ones_are_not()
    {
        var sameHouse = Member("same-house", "Afghan soldiers crossed into Tajikistan overnight, the border service said in a second statement.", source: "guard-second", publisher: "Tajik border service");

        Assert.True(EventSummary.Of([BorderGuard]).Independence.SingleSource);
        Assert.True(EventSummary.Of([Broadcaster, Wire]).Independence.SingleSource);
        Assert.True(EventSummary.Of([BorderGuard, sameHouse]).Independence.SingleSource);
        Assert.False(EventSummary.Of([BorderGuard, Agency]).Independence.SingleSource);
        Assert.False(EventSummary.Of([Broadcaster, Wire, Agency]).Independence.SingleSource);
    }

    [Fact]
    public void One_source_alone_is_reported()
    {
        var summary = EventSummary.Of([BorderGuard]);

        Assert.Equal(("reported", "1 source, 1 independent"), (summary.DerivedStatus, summary.Independence.Summary));
    }

    [Fact]
    public void The_event_derives_span_best_place_category_and_number_range()
    {
        var province = Member("province", "About 1,000 soldiers crossed into Badakhshan.", source: "p", publisher: "P", numbers: Soldiers(1000), geoPrecision: 3, date: "2021-07-04", end: "2021-07-05");
        var site = Member("site", "1,037 soldiers crossed at the Ishkashim bridge.", source: "s", publisher: "S", numbers: Soldiers(1037), geoPrecision: 1, at: Ishkashim, date: "2021-07-05", precision: "week");

        var summary = EventSummary.Of([province, site]);

        Assert.Equal(("2021-07-04", "2021-07-11"), (summary.First, summary.Last));
        Assert.Equal(("site", 1), (summary.PlaceClaim, summary.GeoPrecision));
        Assert.Equal("troop-movement", summary.Category);
        Assert.Equal(["p", "s"], summary.Sources);
        Assert.Equal((1000.0, 1037.0, 1037.0), (summary.Numbers[0].Low, summary.Numbers[0].Best, summary.Numbers[0].High));
    }

    private static Agreement Attribute(EventSummary summary, string name) => summary.Attributes.Single(a => a.Attribute == name).Agreement;
}
