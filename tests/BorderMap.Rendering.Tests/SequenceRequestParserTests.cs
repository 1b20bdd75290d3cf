using BorderMap.Core.Tests;
using BorderMap.Rendering.Sequences;

namespace BorderMap.Rendering.Tests;

/// <summary>Bad animation and small-multiples input is refused with a message naming the parameter and the way out.</summary>
public sealed class SequenceRequestParserTests
{
    [Fact]
    public void An_inverted_range_is_refused()
    {
        var problem = Assert.Single(Problems(true, ("format", "gif"), ("from", "2021-07-05"), ("to", "2021-07-01")));
        Assert.Equal(("from", "from (2021-07-05) is after to (2021-07-01)"), (problem.Field, problem.Message));
    }

    [Fact]
    public void A_step_giving_more_than_a_thousand_frames_is_refused_with_the_count()
    {
        var problem = Assert.Single(Problems(true, ("format", "gif"), ("from", "2018-01-01"), ("to", "2021-07-05"), ("step", "day")));
        Assert.Equal("step", problem.Field);
        Assert.Equal("2018-01-01 to 2021-07-05 by day is 1,282 frames; the limit is 1,000: use a longer step or a shorter range", problem.Message);
        Assert.Empty(Problems(true, ("format", "gif"), ("from", "2018-01-01"), ("to", "2021-07-05"), ("step", "week")));
    }

    [Fact]
    public void An_unknown_format_is_refused_naming_the_formats()
    {
        var problem = Assert.Single(Problems(true, ("format", "avi"), ("from", "2021-07-01"), ("to", "2021-07-05")));
        Assert.Equal(("format", "unknown animation format 'avi'; use gif, mp4 or png-seq"), (problem.Field, problem.Message));
    }

    [Fact]
    public void MP4_without_ffmpeg_is_refused_naming_the_package()
    {
        var problem = Assert.Single(Problems(false, ("format", "mp4"), ("from", "2021-07-01"), ("to", "2021-07-05")));
        Assert.Equal("format", problem.Field);
        Assert.Contains("install Debian's ffmpeg package", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Problems(false, ("format", "gif"), ("from", "2021-07-01"), ("to", "2021-07-05")));
    }

    [Fact]
    public void A_small_multiples_page_needs_a_step_or_dates_and_holds_at_most_48_maps()
    {
        var (_, missing) = Sequences.Parse(true, ("small-multiples", "true"), ("from", "2021-07-01"), ("to", "2021-07-05"));
        Assert.Equal("step", Assert.Single(missing).Field);
        var (_, tooMany) = Sequences.Parse(true, ("small-multiples", "true"), ("from", "2021-01-01"), ("to", "2021-07-05"), ("step", "day"));
        Assert.Contains("one page holds at most 48", Assert.Single(tooMany).Message, StringComparison.Ordinal);
        var months = Sequences.Request<SmallMultiplesRequest>(("small-multiples", "true"), ("from", "2021-05-20"), ("to", "2021-07-05"), ("step", "month"));
        Assert.Equal(["May 2021", "June 2021", "July 2021"], months.Frames.Select(f => f.Caption));
    }

    [Fact]
    public void A_month_precision_claim_is_shown_as_uncertain_across_its_whole_months()
    {
        var claim = RepositoryData.Data.Claims.First(c => c.Data.TimePrecision == "month");
        var period = ShownPeriod.Of(claim.Data);

        Assert.Equal((new DateOnly(2021, 5, 1), new DateOnly(2021, 7, 31), true), (period.Start, period.End, period.Uncertain));
        var request = Sequences.Request<AnimationRequest>(("animate", "true"), ("format", "gif"), ("from", "2021-07-20"), ("to", "2021-07-20"));
        Assert.Contains(claim.Id, Sequences.Claims(request).Select(c => c.Id));
    }

    [Fact]
    public void Ranges_at_the_ends_of_the_calendar_are_planned_without_overflow()
    {
        var late = Sequences.Request<AnimationRequest>(("animate", "true"), ("format", "gif"), ("from", "9999-12-20"), ("to", "9999-12-31"), ("step", "week"), ("window", "30"));
        // The store is asked for the frames' own days (periods are widened by the store), so the last weekly frame ends the query.
        Assert.Equal((new DateOnly(9999, 12, 27), 2), (late.StoreFilter.To!.Value, late.Frames.Count));
        var months = Sequences.Request<SmallMultiplesRequest>(("small-multiples", "true"), ("from", "9999-11-20"), ("to", "9999-12-31"), ("step", "month"));
        Assert.Equal(["November 9999", "December 9999"], months.Frames.Select(f => f.Caption));
        var early = Sequences.Request<AnimationRequest>(("animate", "true"), ("format", "gif"), ("from", "0001-01-01"), ("to", "0001-01-03"), ("window", "7"));
        Assert.Equal((DateOnly.MinValue, DateOnly.MinValue), (early.StoreFilter.From!.Value, early.Frames[0].From));
    }

    private static IReadOnlyList<Core.Claims.FieldProblem> Problems(bool hasFfmpeg, params (string Name, string Value)[] parameters) =>
        Sequences.Parse(hasFfmpeg, [("animate", "true"), .. parameters]).Problems;
}
