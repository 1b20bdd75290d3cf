namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 23: a claim row is written whole into its heap page, and two indexes no statement can
/// use are dropped, so that writing a claim costs PostgreSQL less.
/// <para>
/// A claim row is ~3.2 kB (its <c>data</c> ~1.2 kB, its page item ~1.2 kB, its search key ~0.4 kB),
/// over the 2 kB at which PostgreSQL compresses columns and moves them out of the row into the TOAST
/// table, each value a row there with its own index entry. That cost a bulk import's <c>COPY</c>
/// about a sixth of its CPU, for little: LZ4 makes the <c>data</c> a fifth smaller and the search key
/// not at all, and two such rows fill a heap page either way. <c>toast_tuple_target</c> at its
/// largest keeps every column of a row under 8 kB in the row, uncompressed; a row over that is
/// compressed and moved out as before. A page selects the page item alone and reads the same heap
/// pages (about one row of a page is in any one page), a claim is read with no TOAST look-up, and
/// the rows already stored keep their layout until rewritten.
/// </para>
/// <para>
/// Dropped: <c>claims_event_date_idx</c>, since the date sort orders by <c>event_date COLLATE "C"</c>
/// (its own index, migration 8) and nothing filters on the text date, and <c>claims_period_idx</c>,
/// a b-tree on a range, which cannot answer the overlap (<c>&amp;&amp;</c>) that is the only
/// condition on <c>period</c> (the GiST indexes answer it). Every claim write maintained them, and
/// every large import built them.
/// </para>
/// </summary>
internal static class InlineClaimRowsMigration
{
    public const string Sql =
        """
        ALTER TABLE claims SET (toast_tuple_target = 8160);
        DROP INDEX IF EXISTS claims_event_date_idx;
        DROP INDEX IF EXISTS claims_period_idx;
        """;
}
