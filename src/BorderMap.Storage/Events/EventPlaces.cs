using BorderMap.Core.Queries;

namespace BorderMap.Storage.Events;

/// <summary>The SQL of <c>event_areas</c> (<see cref="EventPlaceSchema"/>), written once for both backends.</summary>
internal sealed class EventPlaces(EventSql sql)
{
    /// <summary>Replaces where the event lies: every area its place claim belongs to, and <c>''</c>.</summary>
    public void Write(string eventId, string status, string? firstDay, string? lastDay, string? placeClaimId)
    {
        (string, object?)[] values = [("@event", eventId), ("@status", status), ("@first", firstDay), ("@last", lastDay), ("@claim", placeClaimId), ("@every", EventPlaceSchema.EveryEvent)];
        sql.Execute("DELETE FROM event_areas WHERE event_id = @event", values);
        // Another instance placing the same event at once (on opening a store) writes the same rows.
        sql.Execute("INSERT INTO event_areas (area_id, event_id, status, first_day, last_day) VALUES (@every, @event, @status, @first, @last) ON CONFLICT (area_id, event_id) DO NOTHING", values);
        sql.Execute(
            """
            INSERT INTO event_areas (area_id, event_id, status, first_day, last_day)
            SELECT r.area_id, @event, @status, @first, @last FROM claims c JOIN claim_areas r ON r.claim_fid = c.fid WHERE c.id = @claim
            ON CONFLICT (area_id, event_id) DO NOTHING
            """,
            values);
    }

    /// <summary>The events that lie in the area, by shown status: those whose span meets the dates and whose status is listed (null: any).</summary>
    public RegionEvents Count(string areaId, DateOnly? from, DateOnly? to, IReadOnlyCollection<string>? statuses)
    {
        var conditions = new List<string> { "area_id = @area" };
        conditions.AddRange(from is null ? [] : ["last_day >= @from"]);
        conditions.AddRange(to is null ? [] : ["first_day <= @to"]);
        conditions.AddRange(statuses is null ? [] : [sql.In("status", "@statuses")]);
        var counts = sql.Rows(
            $"SELECT status, count(*) FROM event_areas WHERE {string.Join(" AND ", conditions)} GROUP BY status",
            r => new FacetCount(r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)),
            ("@area", areaId), ("@from", from is { } f ? Core.IsoDate.Format(f) : null), ("@to", to is { } t ? Core.IsoDate.Format(t) : null),
            ("@statuses", statuses is null ? null : sql.List(statuses)));
        return new RegionEvents(counts.Sum(c => c.Count), ClaimFacets.Ordered(counts));
    }
}
