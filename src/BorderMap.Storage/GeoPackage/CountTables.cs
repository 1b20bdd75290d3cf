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
    /// <summary>Each table with how it is created and filled.</summary>
    private static readonly (string Name, Func<string> Create, Func<string, string> FillFrom)[] Tables =
    [
        ("claim_cells", () => ClusterCellSchema.Create, ClusterCellSchema.FillFrom),
        ("claim_days", () => DayCountSchema.Create, DayCountSchema.FillFrom),
        ("claim_cell_days", () => ClusterCellDaySchema.Create, ClusterCellDaySchema.FillFrom),
        ("claim_area_values", () => AreaValueSchema.Create, AreaValueSchema.FillFrom),
    ];

    /// <summary>The tables' names: a large import counts every one aside (<see cref="SideCounts"/>).</summary>
    public static IEnumerable<string> Names => Tables.Select(t => t.Name);

    /// <summary>
    /// Adds the claims of <paramref name="summary"/> (<c>claim_summary</c> rows, with their
    /// <c>claim_areas</c> and <c>claim_actors</c> rows) to every table. Each table adds up every column that is not its key.
    /// </summary>
    public static string FillFrom(string summary) => string.Concat(Tables.Select(t => t.FillFrom(summary)));

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
        foreach (var (name, create, _) in Tables)
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
