using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// How a staged import writes its claims' table once, in place-and-date order (<see cref="PlaceDayOrder"/>),
/// and frozen. Its chunks copy the claims into an <c>UNLOGGED</c> table under the claims' name (no WAL), each
/// row with its key beside it in a plain <c>bigint</c> column, computed by the client that already
/// derives the claim's anchor and period. Once they have committed, one connection creates the claims'
/// table anew and fills it with <c>COPY … FREEZE</c> from a second connection's <c>COPY (SELECT … ORDER BY key)
/// TO STDOUT</c>, the bytes passed through unread, so the logged table is written once, in order, its pages
/// all-visible and all-frozen. The arrival table is then dropped and the claims' keys built. A
/// <c>CLUSTER</c> by an index of the key did the same with the table logged twice, the key computed twice and
/// the rows sorted by an expression. Nothing is held: PostgreSQL sorts, and the client relays a buffer at a time.
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
    /// Writes the committed arrival table of <paramref name="schema"/> into the claims' table in key order,
    /// each connection under <paramref name="settings"/>, and drops it; the claims' keys are built before
    /// this returns (the other tables' foreign keys need them).
    /// </summary>
    public static void Run(NpgsqlDataSource dataSource, string schema, IReadOnlyList<(string Name, string Value)> settings)
    {
        using var writer = dataSource.OpenConnection();
        using var reader = dataSource.OpenConnection();
        PostGisLocalSettings.Run(writer, settings, transaction => SetAside(writer, transaction, schema));
        PostGisLocalSettings.Run(writer, settings, transaction =>
        {
            StagedImport.Execute(writer, transaction, StagedImport.LikeStoreSql(schema, Table));
            StagedImport.MoveIdentities(writer, transaction, $"{schema}.{Arrival}", $"{schema}.{Table}");
            var columns = StagedImport.ColumnsOf(writer, transaction, $"public.{Table}");
            PostGisLocalSettings.Run(reader, settings.Append(("work_mem", SortMemory)), _ =>
            {
                using var source = reader.BeginRawBinaryCopy($"COPY (SELECT {columns} FROM {schema}.{Arrival} ORDER BY {Order}) TO STDOUT (FORMAT BINARY)");
                using var target = writer.BeginRawBinaryCopy($"COPY {schema}.{Table} ({columns}) FROM STDIN (FORMAT BINARY{StagedImport.Freeze})");
                source.CopyTo(target);
            });
            StagedImport.Execute(writer, transaction, $"DROP TABLE {schema}.{Arrival}");
            foreach (var key in StoreDefinitions.Of(writer, transaction, Table).Where(d => d.IsKey))
            {
                StagedImport.Execute(writer, transaction, key.For(schema));
            }
        });
    }

    /// <summary>Renames the arrival table and its identity's sequence, so that the claims' table and its sequence can be created under their own names.</summary>
    private static void SetAside(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        StagedImport.Execute(connection, transaction, $"ALTER TABLE {schema}.{Table} RENAME TO {Arrival}");
        StagedImport.Execute(connection, transaction, $"ALTER SEQUENCE {schema}.{Table}_fid_seq RENAME TO {Arrival}_fid_seq");
    }
}
