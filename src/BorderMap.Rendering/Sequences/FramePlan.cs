using System.Globalization;
using BorderMap.Core.Queries;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// The frames of a sequence, computed from the range and step alone (no claims), so the frame count
/// can be checked before anything is read or drawn.
/// </summary>
public static class FramePlan
{
    /// <summary>The most frames one sequence may have.</summary>
    public const int MaxFrames = 1000;

    /// <summary>How many frames an animation from <paramref name="from"/> to <paramref name="to"/> has: one per step, the last on or before <paramref name="to"/>.</summary>
    public static long AnimationFrameCount(DateOnly from, DateOnly to, FrameStep step) => ((to.DayNumber - from.DayNumber) / (long)StepDays(step)) + 1;

    /// <summary>
    /// An animation's frames: one at every step from <paramref name="from"/> while on or before
    /// <paramref name="to"/>. Each shows the <paramref name="window"/> days ending on its date, or,
    /// when <paramref name="window"/> is null (cumulative), every day since <paramref name="from"/>.
    /// </summary>
    public static IReadOnlyList<FramePeriod> Animation(DateOnly from, DateOnly to, FrameStep step, int? window)
    {
        var frames = new List<FramePeriod>();
        for (var day = from; day <= to; day = day.AddDays(StepDays(step)))
        {
            var start = window is { } days ? AddDaysClamped(day, 1 - days) : from;
            var caption = window switch
            {
                null => $"{LongDate(day)} · all since {LongDate(from)}",
                1 => LongDate(day),
                { } length => $"{LongDate(day)} · the last {length} days",
            };
            frames.Add(new FramePeriod(start, day, caption));
            if (day.DayNumber + StepDays(step) > DateOnly.MaxValue.DayNumber)
            {
                break;
            }
        }

        return frames;
    }

    /// <summary>How many maps a small-multiples page of calendar bins has.</summary>
    public static long BinCount(DateOnly from, DateOnly to, FrameStep step) => step switch
    {
        FrameStep.Month => ((to.Year - from.Year) * 12L) + to.Month - from.Month + 1,
        _ => ((DateBins.StartOf(to, Size(step)).DayNumber - DateBins.StartOf(from, Size(step)).DayNumber) / (long)StepDays(step)) + 1,
    };

    /// <summary>Small multiples: one map per calendar day, Monday-to-Sunday week or month touching the range, clipped to it.</summary>
    public static IReadOnlyList<FramePeriod> Bins(DateOnly from, DateOnly to, FrameStep step)
    {
        var frames = new List<FramePeriod>();
        for (var start = DateBins.StartOf(from, Size(step)); start <= to;)
        {
            var last = step == FrameStep.Month ? (start.Year, start.Month) == (9999, 12) : start.DayNumber + StepDays(step) > DateOnly.MaxValue.DayNumber;
            var next = last ? DateOnly.MaxValue : step == FrameStep.Month ? start.AddMonths(1) : start.AddDays(StepDays(step));
            var end = last ? DateOnly.MaxValue : next.AddDays(-1);
            var caption = step switch
            {
                FrameStep.Day => LongDate(start),
                FrameStep.Week => $"{LongDate(start)} – {LongDate(end)}",
                _ => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            };
            frames.Add(new FramePeriod(start < from ? from : start, end > to ? to : end, caption));
            if (last)
            {
                break;
            }

            start = next;
        }

        return frames;
    }

    /// <summary>Small multiples of chosen dates: each map shows the <paramref name="window"/> days ending on its date.</summary>
    public static IReadOnlyList<FramePeriod> Dates(IEnumerable<DateOnly> dates, int window) =>
        [.. dates.Select(day => new FramePeriod(AddDaysClamped(day, 1 - window), day, window == 1 ? LongDate(day) : $"{LongDate(day)} · the last {window} days"))];

    /// <summary><paramref name="day"/> moved by <paramref name="days"/>, stopping at the first and last representable days.</summary>
    public static DateOnly AddDaysClamped(DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    public static int StepDays(FrameStep step) => step == FrameStep.Week ? 7 : 1;

    /// <summary>A day as captions print it: 5 July 2021.</summary>
    public static string LongDate(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static DateBinSize Size(FrameStep step) => step switch
    {
        FrameStep.Day => DateBinSize.Day,
        FrameStep.Week => DateBinSize.Week,
        _ => DateBinSize.Month,
    };
}
