using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The secondary indexes of <c>claims</c> (every index that backs no constraint), dropped for the
/// rest of a large import and built again at its end, in the import's own transaction, the way
/// <c>pg_restore</c> loads a table: maintaining an index row by row costs several times what
/// building it once from the whole table does, and the gap widens as the table outgrows the
/// buffer cache. The definitions are read from the catalog inside the transaction
/// (<c>pg_get_indexdef</c>), so the migrations stay their one home. The primary key and the unique
/// <c>id</c> stay: the import looks claims up by id while it writes. Dropping takes the table's
/// exclusive lock until the import commits; a failed or cancelled import rolls the drops back
/// with everything else, so the store keeps every index. A count table filled from empty at an
/// import's end (<see cref="DeferredCounts"/>) loses its key too, as nothing looks rows up in it meanwhile.
/// </summary>
internal sealed class DeferredIndexes
{
    /// <summary>A table's indexes (parameter <c>table</c>), each with its constraint's name and definition when one backs it (null otherwise), constraints included when <c>keys</c>.</summary>
    private const string Indexes =
        """
        SELECT c.relname, pg_get_indexdef(i.indexrelid), k.conname, pg_get_constraintdef(k.oid)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid
        WHERE i.indrelid = @table::regclass AND (k.oid IS NULL OR @keys)
        ORDER BY c.relname
        """;

    /// <summary>
    /// The memory an index build may use (kB), raised for the import's transaction only and never
    /// lowered: a GIN or btree build that fits in memory writes its index once, without merging runs.
    /// </summary>
    private const long BuildMemoryKilobytes = 1024 * 1024;

    /// <summary>Leader plus one worker per further core; PostgreSQL 15 builds btree indexes in parallel (GIN and GiST alone).</summary>
    private const long BuildWorkers = 2;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<string> _definitions;

    private DeferredIndexes(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> definitions)
    {
        _connection = connection;
        _transaction = transaction;
        _definitions = definitions;
    }

    /// <summary>Drops the secondary indexes of <c>claims</c>, remembering their definitions for <see cref="Rebuild"/>.</summary>
    public static DeferredIndexes Drop(NpgsqlConnection connection, NpgsqlTransaction transaction) => Drop(connection, transaction, "claims", keys: false);

    /// <summary>
    /// Drops the indexes of <paramref name="table"/>, with its key and unique constraints when
    /// <paramref name="keys"/>, remembering their definitions for <see cref="Rebuild"/>.
    /// </summary>
    public static DeferredIndexes Drop(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, bool keys)
    {
        var indexes = PostGisRows.Read(
            connection,
            Indexes,
            [new("table", table), new("keys", keys)],
            r => (Name: r.GetString(0), Definition: r.GetString(1), Constraint: r.IsDBNull(2) ? null : r.GetString(2), ConstraintDefinition: r.IsDBNull(3) ? null : r.GetString(3)));
        var constraints = indexes.Where(i => i.Constraint is not null).ToList();
        var plain = indexes.Where(i => i.Constraint is null).ToList();
        if (constraints.Count > 0)
        {
            PostGisRows.ExecuteUntimed(connection, transaction, $"ALTER TABLE {table} " + string.Join(", ", constraints.Select(c => $"DROP CONSTRAINT {Quoted(c.Constraint!)}")));
        }

        if (plain.Count > 0)
        {
            PostGisRows.ExecuteUntimed(connection, transaction, "DROP INDEX " + string.Join(", ", plain.Select(i => Quoted(i.Name))));
        }

        return new DeferredIndexes(
            connection,
            transaction,
            [.. constraints.Select(c => $"ALTER TABLE {table} ADD CONSTRAINT {Quoted(c.Constraint!)} {c.ConstraintDefinition}"), .. plain.Select(i => i.Definition)]);
    }

    /// <summary>Builds every dropped index (and key) again from its own definition, with room to sort in memory and parallel workers.</summary>
    public void Rebuild()
    {
        RaiseSetting("maintenance_work_mem", BuildMemoryKilobytes);
        RaiseSetting("max_parallel_maintenance_workers", BuildWorkers);
        foreach (var definition in _definitions)
        {
            PostGisRows.ExecuteUntimed(_connection, _transaction, definition);
        }
    }

    /// <summary>Sets a numeric setting for this transaction only, unless the server's is higher already.</summary>
    private void RaiseSetting(string name, long value)
    {
        using var command = new NpgsqlCommand(
            "SELECT set_config(name, @value, true) FROM pg_settings WHERE name = @name AND setting::bigint < @value::bigint", _connection, _transaction);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("value", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
