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

    public override string In(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

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
