using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// One index or constraint of a store table in <c>public</c>, as the catalog states it
/// (<c>pg_get_indexdef</c>, <c>pg_get_constraintdef</c>), so that the migrations stay the one home of
/// the schema; <see cref="For"/> states it for the same table in another schema. Read under the
/// default <c>search_path</c>, a foreign key names the tables it references unqualified, so it
/// references the other schema's tables when run with that schema first in the path.
/// </summary>
/// <param name="IsKey">A primary key or unique constraint: the staged tables have these while the import writes.</param>
/// <param name="Weight">
/// Where its build goes among the others, the highest first: a trigram index (the longest by far) 10, any other index 1, a
/// foreign key 0. A foreign key waits for every index build on the tables it links (its lock conflicts with theirs); ahead of
/// the other indexes it would hold its connection idle behind the trigram index while they waited behind it.
/// </param>
internal sealed record StoreDefinition(string Table, string Sql, bool IsKey, int Weight)
{
    /// <summary>A foreign key: it references another table, named unqualified (<see cref="StoreDefinitions"/>).</summary>
    public bool IsForeignKey => !IsKey && Sql.StartsWith("ALTER TABLE ", StringComparison.Ordinal);

    /// <summary>The statement for the table of this name in <paramref name="schema"/>.</summary>
    public string For(string schema) => Sql.Replace($" ON public.{Table} ", $" ON {schema}.{Table} ", StringComparison.Ordinal).Replace("ALTER TABLE public.", $"ALTER TABLE {schema}.", StringComparison.Ordinal);
}

/// <summary>Reads <see cref="StoreDefinition"/>s from the catalog.</summary>
internal static class StoreDefinitions
{
    /// <summary>The indexes of a table (parameter <c>table</c>), with the constraint each backs, then its foreign keys.</summary>
    private const string Sql =
        """
        SELECT pg_get_indexdef(i.indexrelid), k.conname, pg_get_constraintdef(k.oid), pg_get_indexdef(i.indexrelid) LIKE '%gin_trgm_ops%'
        FROM pg_index i LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype <> 'f'
        WHERE i.indrelid = @table::regclass
        UNION ALL
        SELECT NULL, conname, pg_get_constraintdef(oid), false FROM pg_constraint WHERE conrelid = @table::regclass AND contype = 'f'
        """;

    /// <summary>The indexes, keys and foreign keys of <c>public.</c><paramref name="table"/>.</summary>
    public static List<StoreDefinition> Of(NpgsqlConnection connection, NpgsqlTransaction? transaction, string table)
    {
        using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.AddWithValue("table", $"public.{table}");
        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, r =>
        {
            var (index, constraint) = (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1));
            if (constraint is null)
            {
                return new StoreDefinition(table, index!, IsKey: false, Weight: r.GetBoolean(3) ? 10 : 1);
            }

            var sql = $"ALTER TABLE public.{table} ADD CONSTRAINT {Quoted(constraint)} {r.GetString(2)}";
            return new StoreDefinition(table, sql, IsKey: index is not null, Weight: index is null ? 0 : 1);
        });
    }

    /// <summary>The triggers of <c>public.</c><paramref name="table"/> (not those of its constraints), each as the statement that creates it.</summary>
    public static List<string> TriggersOf(NpgsqlConnection connection, NpgsqlTransaction transaction, string table)
    {
        using var command = new NpgsqlCommand("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = @table::regclass AND NOT tgisinternal ORDER BY tgname", connection, transaction);
        command.Parameters.AddWithValue("table", $"public.{table}");
        using var reader = command.ExecuteReader();
        return MalformedRows.ReadAll(reader, r => r.GetString(0));
    }

    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
