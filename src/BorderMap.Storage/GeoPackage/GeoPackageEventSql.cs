using System.Data.Common;
using BorderMap.Storage.Events;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>The event SQL on a GeoPackage connection: a list is a JSON array read by <c>json_each</c>.</summary>
internal sealed class GeoPackageEventSql(SqliteConnection connection, SqliteTransaction transaction) : EventSql
{
    /// <summary>The event tables and the history's append-only triggers; created when a file without them is opened.</summary>
    public static readonly string Create = EventSchema.Create("INTEGER PRIMARY KEY AUTOINCREMENT") + """

        CREATE TRIGGER IF NOT EXISTS event_history_append_only_update BEFORE UPDATE ON event_history
        BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS event_history_append_only_delete BEFORE DELETE ON event_history
        BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
        """;

    /// <summary>
    /// The candidates of the R-tree of the events' boxes (<c>event_extents</c>, float32 bounds rounded
    /// outwards, so it never drops an event), then the exact test on the row.
    /// </summary>
    public override string BoxMeets =>
        "fid IN (SELECT id FROM event_extents WHERE west <= @east AND east >= @west AND south <= @north AND north >= @south) " +
        "AND west <= @east AND east >= @west AND south <= @north AND north >= @south";

    public override string In(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    /// <summary>
    /// Gives the events their derived status and independent sources (<see cref="EventSchema.AddStatus"/>)
    /// and the R-tree of their boxes, kept by triggers; on a new file and on one from an earlier
    /// release, whose boxes are copied in once. The statuses are derived by <see cref="EventDerivation.BackfillChunkOf"/>.
    /// </summary>
    public static void ApplyDerived(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        SourceVersionSchema.AddColumn(command, "events", "status", EventSchema.AddStatus);
        SourceVersionSchema.AddColumn(command, "events", "independent_sources", EventSchema.AddIndependentSources);
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE name = 'event_extents'";
        var fill = command.ExecuteScalar() is null;
        command.CommandText = EventSchema.StatusIndex + Extents + (fill ? "INSERT INTO event_extents SELECT fid, west, east, south, north FROM events WHERE west IS NOT NULL;" : string.Empty);
        command.ExecuteNonQuery();
    }

    private const string Extents = """
        CREATE VIRTUAL TABLE IF NOT EXISTS event_extents USING rtree(id, west, east, south, north);
        CREATE TRIGGER IF NOT EXISTS event_extents_insert AFTER INSERT ON events WHEN new.west IS NOT NULL
        BEGIN INSERT INTO event_extents VALUES (new.fid, new.west, new.east, new.south, new.north); END;
        CREATE TRIGGER IF NOT EXISTS event_extents_update AFTER UPDATE OF west, east, south, north ON events
        BEGIN
          DELETE FROM event_extents WHERE id = old.fid;
          INSERT INTO event_extents SELECT new.fid, new.west, new.east, new.south, new.north WHERE new.west IS NOT NULL;
        END;
        CREATE TRIGGER IF NOT EXISTS event_extents_delete AFTER DELETE ON events
        BEGIN DELETE FROM event_extents WHERE id = old.fid; END;
        """;

    public override object List(IReadOnlyCollection<string> values) => System.Text.Json.JsonSerializer.Serialize(values, ClaimJsonContext.Default.IReadOnlyCollectionString);

    protected override DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
