namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The indexes of the sorted claim lists (<see cref="ClaimKeyset"/>): one per sortable column of
/// <c>claims</c>, with the fid as tie-break, so that a page in any sort and direction is a range
/// scan. Created with a new file and, when missing, when a file is opened; GeoPackage readers ignore
/// indexes on a feature table's attribute columns.
/// </summary>
internal static class SortIndexes
{
    public const string Create = """
        CREATE INDEX IF NOT EXISTS claims_by_event_date ON claims (eventDate, fid);
        CREATE INDEX IF NOT EXISTS claims_by_place ON claims (place, fid);
        CREATE INDEX IF NOT EXISTS claims_by_title ON claims (title, fid);
        CREATE INDEX IF NOT EXISTS claims_by_category ON claims (category, fid);
        CREATE INDEX IF NOT EXISTS claims_by_status ON claims (status, fid);
        """;
}
