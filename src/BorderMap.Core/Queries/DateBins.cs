namespace BorderMap.Core.Queries;

/// <summary>The width of a date histogram's bins.</summary>
public enum DateBinSize
{
    Day,
    Week,
    Month,
}

/// <summary>One bar of the date histogram: the claims whose event date falls in the bin starting on <paramref name="Start"/>.</summary>
public sealed record DateBin(DateOnly Start, int Count);

/// <summary>
/// The non-empty bins of a date histogram, oldest first; <paramref name="AtLeast"/> as in
/// <see cref="ClaimFacets.AtLeast"/>: only the first claims found were counted, so each bin is a
/// lower bound (and a bin may be missing).
/// </summary>
public sealed record DateHistogram(IReadOnlyList<DateBin> Bins, bool AtLeast);

/// <summary>Which bin a day falls in: days are their own bins, weeks start on Monday (ISO 8601), months on the 1st.</summary>
public static class DateBins
{
    /// <summary>The most bins one histogram answers; a longer span needs a wider bin.</summary>
    public const int MaxBins = 10_000;

    public static DateOnly StartOf(DateOnly day, DateBinSize size) => size switch
    {
        DateBinSize.Day => day,
        DateBinSize.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    /// <summary>Reads "day", "week" or "month", as the API and the command line spell them.</summary>
    public static DateBinSize? Parse(string? text) => text switch
    {
        "day" => DateBinSize.Day,
        "week" => DateBinSize.Week,
        "month" => DateBinSize.Month,
        _ => null,
    };
}
