namespace BorderMap.Core.Events;

/// <summary>
/// Whether two claims' dates can be the same happening, given how precisely each is known: a claim's
/// span (event date to end date) widens to whole weeks, months or years by its time precision, and
/// the claims agree when the widened spans overlap, contradict when they do not.
/// </summary>
public static class DateRules
{
    /// <summary>The first and last day the claim's date may be, given its precision.</summary>
    public static (DateOnly First, DateOnly Last) Span(string eventDate, string? endDate, string timePrecision)
    {
        var first = IsoDate.Parse(eventDate);
        var last = endDate is null ? first : IsoDate.Parse(endDate);
        return timePrecision switch
        {
            "week" => (first.AddDays(-((int)first.DayOfWeek + 6) % 7), last.AddDays((7 - (int)last.DayOfWeek) % 7)),
            "month" => (new DateOnly(first.Year, first.Month, 1), new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month))),
            "year" => (new DateOnly(first.Year, 1, 1), new DateOnly(last.Year, 12, 31)),
            _ => (first, last),
        };
    }

    public static PairVerdict Compare((DateOnly First, DateOnly Last) a, (DateOnly First, DateOnly Last) b) =>
        a.First <= b.Last && b.First <= a.Last
            ? PairVerdict.Agree($"{Describe(a)} overlaps {Describe(b)}")
            : PairVerdict.Contradict($"{Describe(a)} and {Describe(b)} do not overlap");

    private static string Describe((DateOnly First, DateOnly Last) span) =>
        span.First == span.Last ? IsoDate.Format(span.First) : $"{IsoDate.Format(span.First)} to {IsoDate.Format(span.Last)}";
}
