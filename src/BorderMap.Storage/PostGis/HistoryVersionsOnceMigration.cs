namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 26: from here on, a history entry that creates or updates a claim stores no new value; the
/// version it made is the next entry's old value or the claim's row (<see cref="ClaimHistoryVersions"/>).
/// Entries written before keep theirs and are read as they are, so nothing is rewritten (the history is
/// append-only) and the upgrade is a catalog change at any size. The migration is the mark that keeps a
/// release before it, which would show such entries without their new value, from opening the store.
/// </summary>
internal static class HistoryVersionsOnceMigration
{
    public const string Sql = """
        COMMENT ON COLUMN claim_history.new_value IS
          'null for a delete; since schema 26 null for a create or an update too: the version it made is the next entry''s old_value or the claim''s row';
        """;
}
