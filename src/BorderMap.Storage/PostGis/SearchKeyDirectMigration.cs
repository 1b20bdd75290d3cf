namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 18: the trigram index of the search key takes each write's keys into the index at once
/// (<c>fastupdate = off</c>) instead of a pending list. With the list, an edit appended its keys
/// there (one 8 kB page an edit), and the edit that found the list past its 4 MB limit merged the
/// whole list into the index: every ~500th edit waited for 500 edits' keys, ~1 s at 100,000 claims
/// on a busy machine (measured 2026-12-04: 100 edits' list took 202 ms to merge), more at a
/// million. Direct insertion costs each edit a few milliseconds more and no edit the merge. The
/// list left in the index is merged now, once. Migration 20 (<see cref="SearchKeyPendingListMigration"/>)
/// brings a smaller list back, emptied beside the writes rather than inside an edit.
/// </summary>
internal static class SearchKeyDirectMigration
{
    public const string Sql =
        """
        ALTER INDEX claims_search_key_idx SET (fastupdate = off);
        SELECT gin_clean_pending_list('claims_search_key_idx'::regclass);
        """;
}
