using System.Data.Common;
using BorderMap.Storage.Events;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>The event SQL on a PostgreSQL connection: a list is a <c>text[]</c> matched with <c>ANY</c>.</summary>
internal sealed class PostGisEventSql(NpgsqlConnection connection, NpgsqlTransaction? transaction) : EventSql
{
    public override string In(string column, string parameter) => $"{column} = ANY({parameter})";

    public override object List(IReadOnlyCollection<string> values) => values.ToArray();

    /// <summary>The boxes as PostgreSQL <c>box</c>es, which the GiST index of migration 12 holds (<see cref="PostGisEventSchema.DerivedMigration"/>).</summary>
    public override string BoxMeets => $"{PostGisEventSchema.Box} && box(point(@west, @south), point(@east, @north))";

    protected override DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            // A null has no type of its own: text, unless the column says otherwise.
            command.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        }

        return command;
    }
}

/// <summary>The migration that adds events (<see cref="EventSchema"/>), registered in <see cref="PostGisSchema.Migrations"/>.</summary>
internal static class PostGisEventSchema
{
    public static readonly string Migration = EventSchema.Create("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY") + """

        CREATE TRIGGER event_history_append_only BEFORE UPDATE OR DELETE ON event_history
          FOR EACH ROW EXECUTE FUNCTION bordermap_refuse_change('the event history is append-only');
        CREATE TRIGGER event_history_announce AFTER INSERT ON event_history
          FOR EACH STATEMENT EXECUTE FUNCTION bordermap_announce_change();
        """;

    /// <summary>An event's box as the GiST index of migration 12 holds it; null for an event without claims.</summary>
    public const string Box = "box(point(west, south), point(east, north))";

    /// <summary>
    /// Migration 12: the derived status and independent sources of each event, indexed by status
    /// (<see cref="EventSchema.AddStatus"/>; <see cref="EventDerivation.BackfillChunkOf"/> fills them for the
    /// events an earlier release wrote), and the GiST index of the events' boxes (<c>/api/events?bbox=</c>, suggestions).
    /// </summary>
    public static readonly string DerivedMigration = $"""
        {EventSchema.AddStatus};
        {EventSchema.AddIndependentSources};
        {EventSchema.StatusIndex}
        CREATE INDEX events_by_box ON events USING gist ({Box});
        """;
}
