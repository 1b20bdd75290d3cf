using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// A large import into a nearly empty store, written beside it: the store's tables are copied
/// (their few rows; the count tables empty) into a schema of the import's own, without their
/// secondary indexes, foreign keys and triggers, and the import's transaction writes there through
/// its <c>search_path</c>, so its SQL is the same as any write's. Once it commits, nothing of it is
/// visible (readers and writers name the tables of <c>public</c>), and the indexes, the trigram
/// index and the counts are built on two connections at once (<see cref="StagedBuild"/>), which one
/// transaction cannot: a second connection cannot see uncommitted rows. A short transaction then
/// swaps the built tables in (<see cref="StagedSwap"/>). Logged copies rather than an unlogged load:
/// the indexes are built from committed tables either way, and turning an unlogged table logged
/// writes it into the WAL a second time. The claims the import creates do not go into the staged
/// claims' table as they come but into sorted runs outside the database (<see cref="Created"/>), and
/// are written once at the end, in place-and-date order (<see cref="OrderedClaimsCopy"/>). If anything
/// fails, the schema is dropped, the runs deleted, and the store is as it was.
/// </summary>
internal sealed class StagedImport : IDisposable
{
    /// <summary>The most history entries a store may hold and still be copied beside an import: the copy is made in the import's transaction.</summary>
    public const int MostCopiedHistory = 50_000;

    /// <summary>
    /// Lets a staged transaction (the chunks, each build job) commit without waiting for its WAL to
    /// reach the disk. Nothing of them is visible or kept before the swap, and the swap commits
    /// synchronously: flushing the WAL up to its commit flushes every earlier record with it. So a
    /// crash before the swap loses only the import, which fails as after any other failure, and a
    /// crash after the swap has been acknowledged loses nothing.
    /// </summary>
    public const string CommitWithoutFlush = "SET LOCAL synchronous_commit = off";

    /// <summary>The store's tables in <c>public</c>: every table but PostGIS's and the schema version.</summary>
    private const string StoreTablesSql =
        """
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_version'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY c.relname
        """;

    private StagedImport(string schema, IReadOnlyList<string> tables, string fingerprint)
    {
        Schema = schema;
        Tables = tables;
        Fingerprint = fingerprint;
    }

    /// <summary>The schema the import writes into.</summary>
    public string Schema { get; }

    /// <summary>The store's tables, each copied into <see cref="Schema"/> under its own name.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>What the store's tables held when they were copied; the swap refuses a store that has changed since.</summary>
    public string Fingerprint { get; }

    /// <summary>The claims the import creates, until they are written in order (<see cref="OrderedClaimsCopy"/>).</summary>
    public SortedClaimRuns Created { get; } = new();

    /// <summary>
    /// The tables whose key the import's writes neither look rows up by nor conflict on: their key
    /// is built after the writes, with the indexes (<see cref="StagedBuild"/>), from the whole table.
    /// The area rows of a chunk arrive in its join's order, not the key's, so a key kept while they
    /// were written split its pages in half and logged each entry as a WAL record of its own: at
    /// 100,000 claims 18 MB, 54 % full, and 25 MB of WAL, against 11 MB and 10 MB built at the end.
    /// </summary>
    private static readonly string[] KeyedAfterWrites = ["claim_areas"];

    /// <summary>The tables counted from the claims at the end, copied empty.</summary>
    public static bool IsCounted(string table) => DeferredCounts.CountTables.Contains(table, StringComparer.Ordinal);

    /// <summary>Whether the staged copy of <paramref name="table"/> has its key while the import writes (otherwise it is built with the indexes).</summary>
    public static bool IsKeyedWhileWriting(string table) => !KeyedAfterWrites.Contains(table, StringComparer.Ordinal);

    /// <summary>
    /// Copies the store beside itself and points the transaction's writes there; null, with nothing
    /// done, when its history is too long to copy (<see cref="MostCopiedHistory"/>).
    /// </summary>
    public static StagedImport? Begin(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var history = Read(connection, transaction, $"SELECT count(*) FROM (SELECT 1 FROM claim_history LIMIT {MostCopiedHistory + 1}) AS h", r => r.GetInt64(0))[0];
        if (history > MostCopiedHistory)
        {
            return null;
        }

        Execute(connection, transaction, CommitWithoutFlush);
        var schema = $"bordermap_staging_{connection.ProcessID}";
        var tables = Read(connection, transaction, StoreTablesSql, r => r.GetString(0));
        var fingerprint = FingerprintOf(connection, transaction, tables);
        Execute(connection, transaction, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        foreach (var table in tables)
        {
            Execute(connection, transaction, LikeStoreSql(schema, table));
            if (!IsCounted(table))
            {
                Copy(connection, transaction, schema, table);
                foreach (var key in StoreDefinitions.Of(connection, transaction, table).Where(d => d.IsKey && IsKeyedWhileWriting(table)))
                {
                    Execute(connection, transaction, key.For(schema));
                }
            }
        }

        Execute(connection, transaction, $"SET LOCAL search_path = {schema}, public");
        return new StagedImport(schema, tables, fingerprint);
    }

    /// <summary>Creates the table of <paramref name="schema"/> named <paramref name="table"/> as the store's is, without its indexes.</summary>
    public static string LikeStoreSql(string schema, string table) => $"CREATE TABLE {schema}.{table} (LIKE public.{table} INCLUDING ALL EXCLUDING INDEXES)";

    /// <summary>
    /// What each store table holds, cheaply (the store is small): its rows and the sum of their
    /// creating transactions, which an insert, an update or a delete changes.
    /// </summary>
    public static string FingerprintOf(NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<string> tables)
    {
        var parts = tables.Where(t => !IsCounted(t)).Select(t => $"(SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM public.{t})");
        return Read(connection, transaction, $"SELECT concat_ws(',', {string.Join(", ", parts)})", r => r.GetString(0))[0];
    }

    /// <summary>Deletes the runs of the claims created (<see cref="Created"/>).</summary>
    public void Dispose() => Created.Dispose();

    /// <summary>Drops the staged tables after a failure; a failure to do so is left for the next import by this session's id to clear.</summary>
    public void Discard(NpgsqlDataSource dataSource)
    {
        try
        {
            using var connection = dataSource.OpenConnection();
            Execute(connection, null, $"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        }
        catch (NpgsqlException)
        {
            // The server is gone: the original failure is the one to report.
        }
    }

    /// <summary>Copies a table's rows with their own positions (identity values), and moves its identity on to where the store's is.</summary>
    private static void Copy(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, string table)
    {
        var columns = ColumnsOf(connection, transaction, $"public.{table}");
        Execute(connection, transaction, $"INSERT INTO {schema}.{table} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM public.{table}");
        MoveIdentities(connection, transaction, $"public.{table}", $"{schema}.{table}");
    }

    /// <summary>The columns of <paramref name="table"/> (schema-qualified) that a row is written with: all but the generated ones, quoted, comma-separated.</summary>
    public static string ColumnsOf(NpgsqlConnection connection, NpgsqlTransaction transaction, string table) =>
        string.Join(", ", Read(
            connection,
            transaction,
            "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = @table::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
            r => r.GetString(0),
            new NpgsqlParameter("table", table)));

    /// <summary>Sets each identity of table <paramref name="to"/> where that of <paramref name="from"/> (both schema-qualified, the same columns) stands.</summary>
    public static void MoveIdentities(NpgsqlConnection connection, NpgsqlTransaction transaction, string from, string to)
    {
        var identities = Read(connection, transaction, "SELECT attname FROM pg_attribute WHERE attrelid = @table::regclass AND attidentity <> ''", r => r.GetString(0), new NpgsqlParameter("table", to));
        foreach (var column in identities)
        {
            var source = Read(connection, transaction, $"SELECT pg_get_serial_sequence('{from}', '{column}')", r => r.GetString(0))[0];
            Execute(connection, transaction, $"SELECT setval(pg_get_serial_sequence('{to}', '{column}'), last_value, is_called) FROM {source}");
        }
    }

    private static List<T> Read<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, params NpgsqlParameter[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, read);
    }

    public static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
