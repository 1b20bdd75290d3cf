using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The pre-counted tables of a BorderMap GeoPackage: <c>claim_cells</c> (<see cref="ClusterCellSchema"/>),
/// <c>claim_days</c> (<see cref="DayCountSchema"/>), <c>claim_cell_days</c> (<see cref="ClusterCellDaySchema"/>) and
/// <c>claim_area_values</c> (<see cref="AreaValueSchema"/>). Created with a new file; a file from an earlier release gets
/// each one it lacks, filled from its claims, when it is opened.
/// </summary>
internal static class CountTables
{
    private static readonly (string Name, Func<string> Create)[] Tables =
    [
        ("claim_cells", () => ClusterCellSchema.Create),
        ("claim_days", () => DayCountSchema.Create),
        ("claim_cell_days", () => ClusterCellDaySchema.Create),
        ("claim_area_values", () => AreaValueSchema.Create),
    ];

    /// <summary>The tables whose rows carry a claim's first and last day, with how each is filled from <c>claim_summary</c>.</summary>
    private static readonly (string Name, Func<string> Fill)[] ByDays =
    [
        ("claim_days", () => DayCountSchema.Fill),
        ("claim_cell_days", () => ClusterCellDaySchema.Fill),
        ("claim_area_values", () => AreaValueSchema.Fill),
    ];

    /// <summary>
    /// Counts again every table the file has whose rows carry days: their triggers follow inserts and
    /// deletes of <c>claim_summary</c>, not the in-place updates of an upgrade that rewrites the days.
    /// </summary>
    public static void RecountDays(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var (name, fill) in ByDays)
        {
            if (Exists(command, name))
            {
                command.CommandText = $"DELETE FROM {name};" + fill();
                command.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Creates, fills and starts keeping each table the file lacks; in the caller's transaction, after the derived tables exist.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var (name, create) in Tables)
        {
            if (!Exists(command, name))
            {
                command.CommandText = create();
                command.ExecuteNonQuery();
            }
        }
    }

    private static bool Exists(SqliteCommand command, string table)
    {
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$name", table);
        var exists = command.ExecuteScalar() is not null;
        command.Parameters.Clear();
        return exists;
    }
}
