using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Upgrades a file whose <c>claim_cells</c> (derived tables before version 5) holds one row per cell
/// and category at every other zoom to one row per cell at every zoom of a cluster tile's grid
/// (<see cref="ClusterCells.Zooms"/>, <see cref="ClusterCellRows"/>): the old table and its triggers are
/// dropped and the new one is filled from <c>claim_summary</c>. Runs when the file is opened, after
/// the other upgrades and <see cref="CountTables.Apply"/> (which gives a file without the table the
/// new one), in the same transaction, which re-checks the version, so one process does it, once.
/// It only reads the stored version and writes its own, so it runs whatever upgrade ran before it.
/// </summary>
internal static class ClusterCellUpgrade
{
    /// <summary>The version of the derived tables whose <c>claim_cells</c> has one row per cell.</summary>
    public const int Version = 5;

    /// <summary>A column only the rows per cell have.</summary>
    private const string HasRowsPerCell = "SELECT 1 FROM pragma_table_info('claim_cells') WHERE name = 'tile_x'";

    public static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (!DerivedSchema.IsBefore(command, Version))
        {
            return;
        }

        command.CommandText = HasRowsPerCell;
        var rebuild = command.ExecuteScalar() is null ? ClusterCellSchema.Create : string.Empty;
        command.CommandText = $"{rebuild} DELETE FROM bordermap_schema; INSERT INTO bordermap_schema VALUES ({Version});";
        command.ExecuteNonQuery();
    }
}
