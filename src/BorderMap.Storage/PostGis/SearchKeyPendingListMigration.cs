namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 20: the trigram index of the search key gets its pending list back
/// (<c>fastupdate = on</c>), smaller than the default (<c>gin_pending_list_limit</c> 1 MB, not 4),
/// and the store empties it beside the writes (<see cref="PendingSearchKeys"/>).
/// <para>
/// Why: migration 18 turned the list off because the edit that found it full merged the whole of
/// it, ~1 s at 100,000 claims. Without the list, though, every edit inserts its key's trigrams
/// into the index itself, one index page each for dozens of trigrams: milliseconds more of CPU
/// and WAL in every edit, and more at a million claims, where those pages are seldom cached.
/// With the list an edit appends its trigrams to one page, and the merge moves to a background
/// <c>gin_clean_pending_list</c> shortly after the writes, where no edit waits for it. The smaller
/// limit bounds what an edit pays should the list fill anyway (the store's role cannot clean it,
/// or writes outrun the cleaning), and what a search reads of it meanwhile; autovacuum cleans it too.
/// </para>
/// </summary>
internal static class SearchKeyPendingListMigration
{
    public const string Sql = "ALTER INDEX claims_search_key_idx SET (fastupdate = on, gin_pending_list_limit = 1024);";
}
