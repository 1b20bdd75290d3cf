namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 23: the date-sort index again for the claims whose period is longer than a day alone
/// (a date known to the week, month or year, or a stated end date), a partial index of the few
/// such claims. A date-sorted page under a date window reads the one-day claims by a bounded range
/// of the full date index (their event date is their period) and these through this one
/// (<see cref="PostGisDatePage"/>), instead of walking the full index until a page of claims
/// overlaps the window.
/// </summary>
internal static class WideDatesMigration
{
    /// <summary>Whether a claim's period is longer than a day (the ranges are canonical, <c>[first, last + 1)</c>), as both the index and the page's branch state it.</summary>
    public const string WidePeriod = "upper(period) - lower(period) > 1";

    public const string Sql = $"""CREATE INDEX claims_wide_by_event_date_idx ON claims ((event_date COLLATE "C"), fid) WHERE {WidePeriod};""";
}
