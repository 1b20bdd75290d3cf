using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// How a staged import writes its claims' table into the WAL once, in place-and-date order
/// (<see cref="PlaceDayOrder"/>) within each of <see cref="Bands"/> bands of positions. Its chunks
/// copy the claims into an <c>UNLOGGED</c> table under the claims' name (no WAL), each row with its key beside it in a plain <c>bigint</c> column, computed by
/// the client that already derives the claim's anchor and period. Once they have committed, the
/// claims' table is created anew (<see cref="SetAside"/>) and filled by <c>INSERT … SELECT … ORDER BY</c> the key, which moves
/// the rows as they are stored (a <c>COPY … FREEZE</c> fed from a <c>COPY … TO STDOUT</c> would keep the
/// pages frozen, but parses every row's <c>jsonb</c>, geometries and arrays again: +45 % PostgreSQL CPU
/// at 1,000,000 claims, bench/RESULTS.md). A vacuum then freezes the pages. A <c>CLUSTER</c> by an index
/// of the key did the same with the table logged twice, the key computed twice and the rows sorted by an
/// expression. Nothing is held in a process: PostgreSQL sorts, spilling to disk past <see cref="SortMemory"/>.
/// </summary>
internal static class OrderedClaimsCopy
{
    /// <summary>The table this writes: the staged store's claims.</summary>
    public const string Table = "claims";

    /// <summary>The column of the arrival table that holds each claim's key, written by the import's <c>COPY</c>.</summary>
    public const string KeyColumn = "place_day";

    /// <summary>The memory the sort of the claims may take before it spills to disk.</summary>
    private const string SortMemory = "'1GB'";

    /// <summary>The claims' name in the staged schema once their ordered copy is being written.</summary>
    private const string Arrival = "claims_arrival";

    /// <summary>
    /// The order of the copy: the key the import wrote, or, for the store's own rows copied beside it
    /// (<see cref="StagedImport.Begin"/>), the same key computed by PostgreSQL (migration 28's function).
    /// A claim the import wrote twice keeps the key of its first version: the order is a matter of speed only.
    /// </summary>
    private const string Order = $"coalesce({KeyColumn}, bordermap_place_day_key(anchor, period))";

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

    /// <summary>Creates the staged claims' table the import's chunks write: unlogged, with the key's column.</summary>
    public static string ArrivalSql(string schema) =>
        $"CREATE UNLOGGED TABLE {schema}.{Table} (LIKE public.{Table} INCLUDING ALL EXCLUDING INDEXES, {KeyColumn} bigint)";

    /// <summary>
    /// Sets the committed arrival table of <paramref name="schema"/> aside under <see cref="ArrivalOf"/>'s name and
    /// creates the claims' table anew, empty, in a transaction of its own: from then on the arrival table is read
    /// only (by the ordering and by whatever else needs the claims in any order, <see cref="DeferredCounts"/>),
    /// so those reads can run at once on several connections.
    /// </summary>
    public static void SetAside(NpgsqlDataSource dataSource, string schema)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        StagedImport.Execute(connection, transaction, $"ALTER TABLE {schema}.{Table} RENAME TO {Arrival}");
        StagedImport.Execute(connection, transaction, $"ALTER SEQUENCE {schema}.{Table}_fid_seq RENAME TO {Arrival}_fid_seq");
        // Its keys, which the chunks wrote through, bear the names the claims' own are built under.
        DeferredIndexes.Drop(connection, transaction, ArrivalOf(schema), keys: true);
        StagedImport.Execute(connection, transaction, StagedImport.LikeStoreSql(schema, Table));
        StagedImport.MoveIdentities(connection, transaction, $"{schema}.{Arrival}", $"{schema}.{Table}");
        transaction.Commit();
    }

    /// <summary>The arrival table of <paramref name="schema"/> once set aside (<see cref="SetAside"/>): every claim of the store and the import, in no order.</summary>
    public static string ArrivalOf(string schema) => $"{schema}.{Arrival}";

    /// <summary>
    /// Writes the arrival table of <paramref name="schema"/> (<see cref="SetAside"/>) into the claims' table in key
    /// order under <paramref name="settings"/> and builds the claims' keys (the other tables' foreign keys need
    /// them), on <paramref name="connection"/>. It commits synchronously: until its commit has reached the disk, no
    /// row of it may be marked committed, so <see cref="Freeze"/> would find no page it could freeze.
    /// </summary>
    public static void Write(NpgsqlConnection connection, string schema, IEnumerable<(string Name, string Value)> settings) =>
        PostGisLocalSettings.Run(connection, settings.Append(("work_mem", SortMemory)).Append(("synchronous_commit", "on")), transaction =>
        {
            var columns = StagedImport.ColumnsOf(connection, transaction, $"public.{Table}");
            StagedImport.Execute(connection, transaction, OrderedInsertSql(schema, columns, BandWidth(connection, transaction, schema)));
            foreach (var key in StoreDefinitions.Of(connection, transaction, Table).Where(d => d.IsKey))
            {
                StagedImport.Execute(connection, transaction, key.For(schema));
            }
        });

    /// <summary>
    /// The statement that writes the claims in key order. It sorts each arrival row as one value (the row
    /// of <see cref="Arrival"/> as a whole) and inserts its fields: a row made a value carries its
    /// <c>TOAST</c>ed fields fetched (still compressed), so its <c>data</c> is read from the arrival's
    /// <c>TOAST</c> table once. Sorting the columns themselves carried pointers to the <c>TOAST</c> table
    /// instead, and each was followed again by each of the claims' three columns generated from <c>data</c>
    /// and by the <c>TOAST</c>ing of the new row: at 1,000,000 claims a third of the statement's CPU,
    /// which this saves for a larger spill of the sort (bench/RESULTS.md). <c>OFFSET 0</c> keeps
    /// PostgreSQL from flattening the sorted rows back into their columns.
    /// </summary>
    private static string OrderedInsertSql(string schema, string columns, long bandWidth)
    {
        var fields = string.Join(", ", columns.Split(", ").Select(column => $"(ordered.claim).{column}"));
        return $"""
            INSERT INTO {schema}.{Table} ({columns}) OVERRIDING SYSTEM VALUE
            SELECT {fields} FROM (
              SELECT arrival AS claim, arrival.fid / {bandWidth} AS band, {Order} AS sort_key FROM {ArrivalOf(schema)} AS arrival
              ORDER BY band, sort_key OFFSET 0) AS ordered
            ORDER BY ordered.band, ordered.sort_key
            """;
    }

    /// <summary>
    /// The positions in a band (<see cref="Bands"/>): the claims' last position so far, the staged claims'
    /// identity, which the chunks took their positions from and <see cref="SetAside"/> moved to the new table.
    /// </summary>
    private static long BandWidth(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        using var command = new NpgsqlCommand($"SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('{schema}.{Table}', 'fid')::regclass), 0)", connection, transaction);
        return ((long)command.ExecuteScalar()! / Bands) + 1;
    }

    /// <summary>
    /// Freezes the pages of the claims' table of <paramref name="schema"/> once written (<see cref="Write"/>): its rows
    /// are inserted unfrozen. Only the rows of a transaction that ended before every other one still running began
    /// can be frozen, so nothing on another connection may have been running since before the write committed.
    /// There is no index to clean up but the keys.
    /// </summary>
    public static void Freeze(NpgsqlConnection connection, string schema) =>
        StagedImport.Execute(connection, null, $"VACUUM (FREEZE, INDEX_CLEANUP OFF) {schema}.{Table}");

    /// <summary>Drops the arrival table of <paramref name="schema"/> once nothing reads it any more.</summary>
    public static void DropArrival(NpgsqlDataSource dataSource, string schema)
    {
        using var connection = dataSource.OpenConnection();
        StagedImport.Execute(connection, null, $"DROP TABLE {ArrivalOf(schema)}");
    }
}
