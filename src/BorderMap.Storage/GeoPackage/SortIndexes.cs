namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The indexes of the sorted claim lists (<see cref="ClaimKeyset"/>): one per sortable column of
/// <c>claims</c>, with the fid as tie-break, so that a page in any sort and direction is a range
/// scan. Created with a new file and, when missing, when a file is opened; GeoPackage readers ignore
/// indexes on a feature table's attribute columns. The claims whose period is longer than a day
/// (a date known to the week, month or year, or a stated end date) are few, and indexed apart
/// (<see cref="WideDays"/>): a date-sorted page under a date window reads them through it.
/// </summary>
internal static class SortIndexes
{
    /// <summary>The partial index of the claims whose period is longer than a day.</summary>
    public const string WideDays = "claim_summary_wide_days";

    /// <summary>Whether a claim's period is longer than a day, as the index and the page's walk state it.</summary>
    public const string WidePeriod = "s.start_day <> s.end_day";

    public const string Create = $"""
        CREATE INDEX IF NOT EXISTS claims_by_event_date ON claims (eventDate, fid);
        CREATE INDEX IF NOT EXISTS claims_by_place ON claims (place, fid);
        CREATE INDEX IF NOT EXISTS claims_by_title ON claims (title, fid);
        CREATE INDEX IF NOT EXISTS claims_by_category ON claims (category, fid);
        CREATE INDEX IF NOT EXISTS claims_by_status ON claims (status, fid);
        CREATE INDEX IF NOT EXISTS {WideDays} ON claim_summary (claim_fid) WHERE start_day <> end_day;
        """;
}
