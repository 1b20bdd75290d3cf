namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 8: the indexes of the sorted claim lists (<see cref="ClaimKeyset"/>), one per sort
/// field with the fid as tie-break, in the "C" collation (code point order, as the GeoPackage and
/// the in-memory reference compare), so that a page in any sort and direction is a range scan of
/// one B-tree. The place lives only in <c>data</c>, so its index is on that expression.
/// </summary>
internal static class SortIndexesMigration
{
    public const string Sql = """
        CREATE INDEX claims_by_event_date_idx ON claims ((event_date COLLATE "C"), fid);
        CREATE INDEX claims_by_place_idx ON claims (((data->>'place') COLLATE "C"), fid);
        CREATE INDEX claims_by_title_idx ON claims ((title COLLATE "C"), fid);
        CREATE INDEX claims_by_category_idx ON claims ((category COLLATE "C"), fid);
        CREATE INDEX claims_by_status_idx ON claims ((status COLLATE "C"), fid);
        """;
}
