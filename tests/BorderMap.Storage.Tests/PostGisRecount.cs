using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// What a PostGIS store's count tables hold against a recount of its claims by the migrations' own statements (made and rolled
/// back in one transaction), for the tests of the imports that fill them otherwise.
/// </summary>
internal static class PostGisRecount
{
    /// <summary>
    /// For each pre-counted table, then each month rollup, how many rows differ between what it
    /// holds and a recount of every stored claim (of every day row, for a rollup).
    /// </summary>
    public static async Task<List<long>> CountsApartAsync(string database)
    {
        var claims = $"SELECT {CountTablesMigration.Changed}, 1 AS n FROM claims";
        const string Emptied = "DELETE FROM claim_cells; DELETE FROM claim_days; DELETE FROM claim_cell_days; DELETE FROM claim_area_values; ";
        (string Table, string Fill)[] recounts =
        [
            ("claim_cells", Emptied + CellRowsMigration.AddCells($"SELECT {CellRowsMigration.Changed}, 1 AS n FROM claims")),
            ("claim_days", Emptied + CountTablesMigration.AddDays(claims)),
            ("claim_cell_days", Emptied + ClusterCellDaysMigration.AddCellDays(claims)),
            ("claim_area_values", Emptied + AreaValuesMigration.AddValues($"SELECT {AreaValuesMigration.Changed}, 1 AS n FROM claims")),
            .. MonthRollup.All.Select(r => (r.MonthTable, MonthRollupsMigration.Refill(r))),
        ];
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var apart = new List<long>();
        foreach (var (table, fill) in recounts)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand($"CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM {table}; {fill}", connection, transaction);
            await command.ExecuteNonQueryAsync();
            apart.Add(await RowsApartAsync(connection, transaction, "kept", table));
            await transaction.RollbackAsync();
        }

        return apart;
    }

    /// <summary>
    /// The largest relative difference between an anchor sum of <c>claim_cells</c> (per category
    /// <c>x_…</c>, <c>y_…</c>, which place a cluster's mean anchor) and the same sum of a recount by the
    /// trigger's statement: an import adds the same anchors in another order, so the sums may differ in the last bits only.
    /// </summary>
    public static async Task<double> CellSumsApartAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM claim_cells; DELETE FROM claim_cells; " +
            CellRowsMigration.AddCells($"SELECT {CellRowsMigration.Changed}, 1 AS n FROM claims"),
            connection,
            transaction);
        await command.ExecuteNonQueryAsync();
        var apart = await SumsApartAsync(connection, transaction, "kept", "claim_cells", ClusterCellRows.Key);
        await transaction.RollbackAsync();
        return apart;
    }

    /// <summary>How many rows of tables <paramref name="a"/> and <paramref name="b"/> (of the same columns) are not in the other, their coordinate sums aside (<see cref="Compared"/>).</summary>
    public static async Task<long> RowsApartAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string a, string b)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM ((SELECT {Compared("x")} FROM {a} x EXCEPT ALL SELECT {Compared("y")} FROM {b} y) " +
            $"UNION ALL (SELECT {Compared("y")} FROM {b} y EXCEPT ALL SELECT {Compared("x")} FROM {a} x)) AS apart",
            connection,
            transaction);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The largest relative difference between a coordinate sum of a row of <paramref name="a"/> and the same of <paramref name="b"/>'s row of the same <paramref name="key"/>.</summary>
    public static async Task<double> SumsApartAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string a, string b, string key)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT coalesce(max(abs((s.value)::float8 - (to_jsonb(y) -> s.key)::float8) / greatest(abs((to_jsonb(y) -> s.key)::float8), 1)), 0) " +
            $"FROM {a} x JOIN {b} y USING ({key}) CROSS JOIN jsonb_each(to_jsonb(x)) AS s WHERE s.key ~ '^[xy]_' OR s.key IN ('sum_x', 'sum_y')",
            connection,
            transaction);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// A count row's key and counts; the cells' coordinate sums (<c>sum_x</c>, <c>sum_y</c>, and per
    /// category <c>x_…</c>, <c>y_…</c>) are left out, since floating-point sums depend on the order they were added in.
    /// </summary>
    private static string Compared(string row) =>
        $"(SELECT jsonb_object_agg(key, value) FROM jsonb_each(to_jsonb({row})) WHERE key NOT IN ('sum_x', 'sum_y') AND key !~ '^[xy]_')";
}
