using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// How a staged import writes its claims' table into the WAL once, in place-and-date order
/// (<see cref="PlaceDayOrder"/>). Its chunks copy the claims into an <c>UNLOGGED</c> table under the
/// claims' name (no WAL), each row with its key beside it in a plain <c>bigint</c> column, computed by
/// the client that already derives the claim's anchor and period. Once they have committed, the
/// claims' table is created anew and filled by <c>INSERT … SELECT … ORDER BY</c> the key, which moves
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

    /// <summary>Creates the staged claims' table the import's chunks write: unlogged, with the key's column.</summary>
    public static string ArrivalSql(string schema) =>
        $"CREATE UNLOGGED TABLE {schema}.{Table} (LIKE public.{Table} INCLUDING ALL EXCLUDING INDEXES, {KeyColumn} bigint)";

    /// <summary>
    /// Writes the committed arrival table of <paramref name="schema"/> into the claims' table in key order
    /// under <paramref name="settings"/>, drops it and builds the claims' keys (the other tables' foreign
    /// keys need them), then freezes the claims' pages.
    /// </summary>
    public static void Run(NpgsqlDataSource dataSource, string schema, IEnumerable<(string Name, string Value)> settings)
    {
        using var connection = dataSource.OpenConnection();
        PostGisLocalSettings.Run(connection, settings.Append(("work_mem", SortMemory)), transaction =>
        {
            StagedImport.Execute(connection, transaction, $"ALTER TABLE {schema}.{Table} RENAME TO {Arrival}");
            StagedImport.Execute(connection, transaction, $"ALTER SEQUENCE {schema}.{Table}_fid_seq RENAME TO {Arrival}_fid_seq");
            StagedImport.Execute(connection, transaction, StagedImport.LikeStoreSql(schema, Table));
            StagedImport.MoveIdentities(connection, transaction, $"{schema}.{Arrival}", $"{schema}.{Table}");
            var columns = StagedImport.ColumnsOf(connection, transaction, $"public.{Table}");
            StagedImport.Execute(connection, transaction, $"INSERT INTO {schema}.{Table} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM {schema}.{Arrival} ORDER BY {Order}");
            StagedImport.Execute(connection, transaction, $"DROP TABLE {schema}.{Arrival}");
            foreach (var key in StoreDefinitions.Of(connection, transaction, Table).Where(d => d.IsKey))
            {
                StagedImport.Execute(connection, transaction, key.For(schema));
            }
        });

        // The rows are inserted unfrozen, so this vacuum freezes them; there is no index to clean up but the keys.
        StagedImport.Execute(connection, null, $"VACUUM (FREEZE, INDEX_CLEANUP OFF) {schema}.{Table}");
    }
}
