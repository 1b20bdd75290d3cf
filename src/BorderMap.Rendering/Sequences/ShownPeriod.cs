using BorderMap.Core;
using BorderMap.Core.Claims;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// The days a claim is on the map in a sequence of frames: its whole span, from its event date to
/// its end date. A date known only to the week or the month is not pinned to the day it is stored
/// as (the 1st, say): the span is widened to the whole week (Monday to Sunday) or calendar month,
/// and the claim is drawn pale as uncertain. A year-precision claim shows over its stated dates,
/// which already name its years; widening it would need a year more of the store per export.
/// </summary>
public readonly record struct ShownPeriod(DateOnly Start, DateOnly End, bool Uncertain)
{
    /// <summary>How far any widening reaches beyond the stored dates: the store is asked this much wider.</summary>
    public const int MaxWideningDays = 31;

    public static ShownPeriod Of(ClaimData claim)
    {
        var start = IsoDate.Parse(claim.EventDate);
        var end = claim.EndDate is { } text ? IsoDate.Parse(text) : start;
        return claim.TimePrecision switch
        {
            "week" => new(start.AddDays(-DaysSinceMonday(start)), FramePlan.AddDaysClamped(end, 6 - DaysSinceMonday(end)), true),
            "month" => new(new DateOnly(start.Year, start.Month, 1), new DateOnly(end.Year, end.Month, DateTime.DaysInMonth(end.Year, end.Month)), true),
            _ => new(start, end, false),
        };
    }

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    private static int DaysSinceMonday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
}
