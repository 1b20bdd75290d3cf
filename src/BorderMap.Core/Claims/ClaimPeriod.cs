using BorderMap.Core.Events;

namespace BorderMap.Core.Claims;

/// <summary>
/// The days a claim may have happened on, which every date filter tests (the claim list, tiles,
/// facets, histograms, playback, exports, OGC API <c>datetime</c>): its stated dates, event date to
/// end date, widened by its time precision (<see cref="DateRules.Span"/>). A claim dated "July 2021"
/// (month precision, stored as 2021-07-01) lies in every day of July, not on the 1st; a week-precision
/// date covers Monday to Sunday, a year-precision one the whole year. Both stores keep this period
/// beside each claim, indexed, so a date window is one index lookup.
/// </summary>
public static class ClaimPeriod
{
    public static (DateOnly First, DateOnly Last) Of(ClaimData claim) => Of(claim.EventDate, claim.EndDate, claim.TimePrecision);

    /// <summary>The period of a claim stored with these fields (YYYY-MM-DD dates).</summary>
    public static (DateOnly First, DateOnly Last) Of(string eventDate, string? endDate, string timePrecision) => DateRules.Span(eventDate, endDate, timePrecision);

    /// <summary>The time precisions that widen a claim's stated dates.</summary>
    public static readonly IReadOnlyList<string> WideningPrecisions = ["week", "month", "year"];

    /// <summary>True when the claim's date is known only to the week, month or year: the map draws it pale, as uncertain.</summary>
    public static bool IsWidened(ClaimData claim) => WideningPrecisions.Contains(claim.TimePrecision);
}
