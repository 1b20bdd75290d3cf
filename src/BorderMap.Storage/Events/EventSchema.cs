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

    /// <summary>
    /// What the filters read of an event without deriving it again: its <c>status</c> (the override,
    /// else the derived status) and <c>independent_sources</c>, written with the event and rewritten
    /// in the same transaction as every change to a member claim (<see cref="EventDerivation"/>); null
    /// until derived, for the events an earlier release wrote. Indexed by status for <c>/api/events?status=</c>.
    /// </summary>
    public const string AddStatus = "ALTER TABLE events ADD COLUMN status TEXT CHECK (status IN ('reported', 'corroborated', 'disputed'))";

    public const string AddIndependentSources = "ALTER TABLE events ADD COLUMN independent_sources INTEGER CHECK (independent_sources >= 0)";

    public const string StatusIndex = "CREATE INDEX IF NOT EXISTS events_by_status ON events (status, fid);";

    /// <summary>The status of the happening of the claim with id <paramref name="claimId"/> (SQL): its event's, or reported when in none.</summary>
    public static string StatusOfClaim(string claimId) =>
        $"coalesce((SELECT e.status FROM event_members m JOIN events e ON e.id = m.event_id WHERE m.claim_id = {claimId}), 'reported')";

    /// <summary>Whether one independent source at most reports the happening of the claim (SQL, a truth value): true for a claim in no event.</summary>
    public static string SingleSourceClaim(string claimId) =>
        $"coalesce((SELECT e.independent_sources FROM event_members m JOIN events e ON e.id = m.event_id WHERE m.claim_id = {claimId}), 1) <= {Core.Events.IndependenceResult.SingleSourceAtMost}";
}
