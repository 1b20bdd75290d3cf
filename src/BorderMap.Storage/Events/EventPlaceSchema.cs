namespace BorderMap.Storage.Events;

/// <summary>
/// <c>event_areas</c>, the same in both backends: where each event lies, so that a region panel
/// counts its events by an index range rather than by deriving every event. An event lies in the
/// areas its place claim belongs to (the claim placed most precisely, <see cref="Core.Events.EventSummary.PlaceClaim"/>),
/// one row each, plus one row under area <c>''</c> for every event; each row carries the event's
/// shown status and its span. Written with the event, and again whenever one of its claims changes, by
/// <see cref="EventDerivation.Write"/>, which writes the status kept on the event's row from the same derivation.
/// </summary>
internal static class EventPlaceSchema
{
    /// <summary>The area of the row every placed event has.</summary>
    public const string EveryEvent = "";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS event_areas (
          area_id TEXT NOT NULL,
          event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
          status TEXT NOT NULL,
          first_day TEXT,
          last_day TEXT,
          PRIMARY KEY (area_id, event_id));
        CREATE INDEX IF NOT EXISTS event_areas_by_span ON event_areas (area_id, first_day, last_day, status);
        CREATE INDEX IF NOT EXISTS event_areas_by_event ON event_areas (event_id);
        """;
}
