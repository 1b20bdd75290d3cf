using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// How a staged import writes its claims' table once, in place-and-date order
/// (<see cref="PlaceDayOrder"/>) within each of <see cref="Bands"/> bands of positions, and frozen.
/// Its chunks leave the claims they create outside the database, in sorted runs on a temporary file
/// (<see cref="SortedClaimRuns"/>), each row with its key, computed by the client that already derives the
/// claim's anchor and period; the staged claims' table meanwhile holds only the store's own claims,
/// copied beside the import and updated by it. Once the import has committed, one transaction adds those
/// to the runs, empties the table, and writes every row into it by one <c>COPY … FREEZE</c> fed by the
/// runs' merge, which only a table emptied in the writing transaction allows: the rows are written
/// frozen and their pages all-visible, with no vacuum after them. The import used to copy the claims into an
/// unlogged table and write them again from it by <c>INSERT … SELECT … ORDER BY</c>, then freeze them:
/// the rows written twice, +8.7–9.0 s of PostgreSQL CPU at 100,000 claims (bench/RESULTS.md, Import,
/// pgfloor36). Neither the process nor PostgreSQL holds the claims to order them.
/// </summary>
internal static class OrderedClaimsCopy
{
    /// <summary>The table this writes: the staged store's claims.</summary>
    public const string Table = "claims";

    /// <summary>
    /// How many bands of positions the claims are laid out in, each in place-and-date order: the first
    /// fifth of the positions, then the second, and so on. A page in the order of creation returns a
    /// box and window's claims of the lowest positions; in one place-and-date order over all the claims
    /// those lie among the box's later claims, one or two on each table page (a planned page of 500 at
    /// 1,000,000 claims touches ~320 table pages), while in bands they are most of their band's claims
    /// in the box (~210). Two to eight bands touch 209–228 pages; five did best at 100,000 and 1,000,000
    /// claims together (bench/RESULTS.md, Scale, branch page34).
    /// </summary>
    private const int Bands = 5;

    /// <summary>
    /// Writes the staged claims' table of <paramref name="schema"/> once, in order, from its own rows (the store's
    /// claims) and the import's (<paramref name="created"/>), and builds its keys (the other tables' foreign keys
    /// need them), then the count tables counted from the same rows on the way (<see cref="ImportCounts"/>), on
    /// <paramref name="connection"/> in one transaction under <paramref name="settings"/>.
    /// </summary>
    public static void Write(NpgsqlConnection connection, string schema, SortedClaimRuns created, IEnumerable<(string Name, string Value)> settings) =>
        PostGisLocalSettings.Run(connection, settings, transaction =>
        {
            var claims = $"{schema}.{Table}";
            ClaimCopy.ReadStored(connection, claims, created);
            DeferredIndexes.Drop(connection, transaction, claims, keys: true);
            StagedImport.Execute(connection, transaction, $"TRUNCATE {claims}");
            using var counts = new ImportCounts();
            ClaimCopy.WriteOrdered(connection, claims, created, BandWidth(connection, transaction, schema), counts);
            foreach (var key in StoreDefinitions.Of(connection, transaction, Table).Where(d => d.IsKey))
            {
                StagedImport.Execute(connection, transaction, key.For(schema));
            }

            counts.Write(connection, transaction, schema);
        });

    /// <summary>
    /// The positions in a band (<see cref="Bands"/>): the claims' last position so far, the staged claims'
    /// identity, which the chunks took their positions from.
    /// </summary>
    private static long BandWidth(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        using var command = new NpgsqlCommand($"SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('{schema}.{Table}', 'fid')::regclass), 0)", connection, transaction);
        return ((long)command.ExecuteScalar()! / Bands) + 1;
    }
}
