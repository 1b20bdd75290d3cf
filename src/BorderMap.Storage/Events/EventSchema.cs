namespace BorderMap.Storage.Events;

/// <summary>
/// The event tables, the same in both backends but for the key column: <c>events</c> (with the
/// span and box of its claims when last written, indexed, so that suggestions look only at events
/// near a claim), <c>event_members</c> (a claim in at most one event: the claim is the key; deleting
/// a claim or an event removes the row), the append-only <c>event_history</c>, and
/// <c>event_rejections</c> (suggestions a researcher turned down). Times are ISO 8601 text, as in a
/// GeoPackage, so both backends read them back identically.
/// </summary>
internal static class EventSchema
{
    public static string Create(string key) => $"""
        CREATE TABLE IF NOT EXISTS events (
          fid {key},
          id TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          note TEXT,
          status_override TEXT CHECK (status_override IN ('reported', 'corroborated', 'disputed')),
          override_reason TEXT,
          first_day TEXT,
          last_day TEXT,
          west DOUBLE PRECISION, east DOUBLE PRECISION, south DOUBLE PRECISION, north DOUBLE PRECISION,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          version INTEGER NOT NULL CHECK (version >= 1),
          CHECK ((status_override IS NULL) = (override_reason IS NULL)));
        CREATE INDEX IF NOT EXISTS events_by_span ON events (first_day, last_day);
        CREATE TABLE IF NOT EXISTS event_members (
          claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
          event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
          position INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS event_members_by_event ON event_members (event_id, position);
        CREATE TABLE IF NOT EXISTS event_history (
          fid {key},
          event_id TEXT NOT NULL,
          version INTEGER NOT NULL,
          at TEXT NOT NULL,
          actor TEXT,
          action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
          old_value TEXT,
          new_value TEXT,
          UNIQUE (event_id, version));
        CREATE TABLE IF NOT EXISTS event_rejections (
          claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
          event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
          at TEXT NOT NULL,
          actor TEXT,
          PRIMARY KEY (claim_id, event_id));
        CREATE INDEX IF NOT EXISTS event_rejections_by_event ON event_rejections (event_id);
        """;
}
