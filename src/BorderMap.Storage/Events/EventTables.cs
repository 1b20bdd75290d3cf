using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using BorderMap.Core.Sources;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Events;

/// <summary>
/// The SQL of events, written once for both backends (see <see cref="EventSql"/>): lookups and row
/// writes, no rules (those are <see cref="EventWrites"/>). Version checks are part of the writing
/// statements (<c>WHERE id = @id AND version = @expected</c>). Claims and sources are read through
/// the backend's own claim transaction, on the same connection. One instance belongs to one transaction.
/// </summary>
internal sealed class EventTables(EventSql sql, IClaimTransaction claims)
{
    private const string Columns = "id, title, note, status_override, override_reason, created_at, updated_at, version";

    private const string DerivedAssignments =
        "first_day = @first, last_day = @last, west = @west, east = @east, south = @south, north = @north, status = @derived_status, independent_sources = @independent";

    /// <summary>
    /// What the event's row keeps of what it derives: the span and box of its claims (what
    /// suggestions and the map look events up by), its status and its independent sources (what
    /// the filters read).
    /// </summary>
    public sealed record Derived(string? FirstDay, string? LastDay, Envelope? Box, string Status, int IndependentSources);

    /// <summary>A box in degrees.</summary>
    public sealed record Envelope(double West, double East, double South, double North);

    /// <summary>The event with its members, read after its row: a connection runs one reader at a time.</summary>
    public ClaimEvent? Find(string id) =>
        sql.Rows($"SELECT {Columns} FROM events WHERE id = @id", r => Read(r, []), ("@id", id)).FirstOrDefault() is { } found ? found with { ClaimIds = Members(id) } : null;

    public bool Exists(string id) => sql.Rows("SELECT 1 FROM events WHERE id = @id", _ => true, ("@id", id)).Count > 0;

    /// <summary>
    /// Up to <paramref name="limit"/> events after position <paramref name="after"/>, by position; with a box, only those
    /// whose claims' box meets it; with dates, only those whose span meets them (an event without claims has no span and
    /// meets none); with statuses, only those whose status (override or derived) is one of them.
    /// </summary>
    public List<(long Position, ClaimEvent Event)> Page(long after, int limit, Envelope? box = null, DateOnly? from = null, DateOnly? to = null, IReadOnlyCollection<string>? statuses = null)
    {
        var inBox = box is null ? string.Empty : " AND " + sql.BoxMeets;
        // Days are YYYY-MM-DD text, so text order is date order.
        var inDays = (from is null ? string.Empty : " AND last_day >= @from") + (to is null ? string.Empty : " AND first_day <= @to");
        var withStatus = statuses is null ? string.Empty : " AND " + sql.In("status", "@statuses");
        var rows = sql.Rows(
            $"SELECT {Columns}, fid FROM events WHERE fid > @after{inBox}{inDays}{withStatus} ORDER BY fid LIMIT @limit",
            r => (r.GetInt64(8), Read(r, [])),
            ("@after", after), ("@limit", limit), ("@west", box?.West), ("@east", box?.East), ("@south", box?.South), ("@north", box?.North),
            ("@from", from is { } f ? Core.IsoDate.Format(f) : null), ("@to", to is { } t ? Core.IsoDate.Format(t) : null),
            ("@statuses", statuses is null ? null : sql.List(statuses)));
        return [.. rows.Select(r => (r.Item1, r.Item2 with { ClaimIds = Members(r.Item2.Id) }))];
    }

    public IReadOnlyList<string> Members(string eventId) =>
        sql.Rows("SELECT claim_id FROM event_members WHERE event_id = @id ORDER BY position", r => r.GetString(0), ("@id", eventId));

    /// <summary>The event each of these claims belongs to, for those in one.</summary>
    public Dictionary<string, string> EventsOf(IReadOnlyCollection<string> claimIds) =>
        sql.Rows($"SELECT claim_id, event_id FROM event_members WHERE {sql.In("claim_id", "@ids")}", r => (r.GetString(0), r.GetString(1)), ("@ids", sql.List(claimIds)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Where events lie (<see cref="EventPlaceSchema"/>), in this transaction.</summary>
    public EventPlaces Places => new(sql);

    /// <summary>The event's claims in its order, each with its source's publisher.</summary>
    public List<EventMember> MembersOf(ClaimEvent e)
    {
        var found = Claims(e.ClaimIds);
        var publishers = found.Values.Select(c => c.Data.Source).Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, s => Source(s)?.Publisher ?? string.Empty, StringComparer.Ordinal);
        return [.. e.ClaimIds.Where(found.ContainsKey).Select(id => new EventMember(found[id], publishers[found[id].Data.Source]))];
    }

    public IReadOnlyDictionary<string, Claim> Claims(IReadOnlyCollection<string> ids) => ids.Count == 0 ? new Dictionary<string, Claim>() : claims.FindClaims(ids);

    public Source? Source(string id) => claims.FindSource(id);

    /// <summary>Up to <paramref name="limit"/> events whose span meets [first, last] and whose box meets <paramref name="box"/>, excluding those rejected for the claim.</summary>
    public List<string> Near(string claimId, string first, string last, Envelope box, int limit) =>
        sql.Rows(
            $"""
            SELECT id FROM events
            WHERE first_day <= @last AND last_day >= @first AND {sql.BoxMeets}
              AND NOT EXISTS (SELECT 1 FROM event_rejections j WHERE j.claim_id = @claim AND j.event_id = events.id)
            ORDER BY fid LIMIT @limit
            """,
            r => r.GetString(0),
            ("@first", first), ("@last", last), ("@west", box.West), ("@east", box.East), ("@south", box.South), ("@north", box.North), ("@claim", claimId), ("@limit", limit));

    /// <summary>Writes the event and its members; what it derives follows in the same transaction (<see cref="EventDerivation.Write"/>).</summary>
    public bool Insert(ClaimEvent e)
    {
        var inserted = sql.Execute(
            $"INSERT INTO events ({Columns}) VALUES (@id, @title, @note, @status, @reason, @created, @updated, @version) ON CONFLICT (id) DO NOTHING",
            Parameters(e)) == 1;
        if (inserted)
        {
            WriteMembers(e);
        }

        return inserted;
    }

    /// <summary>Rewrites the event and its members at <paramref name="expectedVersion"/>; what it derives follows (<see cref="EventDerivation.Write"/>).</summary>
    public bool Update(ClaimEvent e, int expectedVersion)
    {
        var updated = sql.Execute(
            "UPDATE events SET title = @title, note = @note, status_override = @status, override_reason = @reason, updated_at = @updated, version = @version WHERE id = @id AND version = @expected",
            [.. Parameters(e), ("@expected", expectedVersion)]) == 1;
        if (updated)
        {
            sql.Execute("DELETE FROM event_members WHERE event_id = @id", ("@id", e.Id));
            WriteMembers(e);
        }

        return updated;
    }

    /// <summary>Writes what the event's row keeps of what it derives; the event itself, and so its version, stays.</summary>
    public void WriteDerived(string id, Derived derived) =>
        sql.Execute($"UPDATE events SET {DerivedAssignments} WHERE id = @id", [("@id", id), .. DerivedParameters(derived)]);

    /// <summary>
    /// Up to <paramref name="limit"/> events an earlier release wrote without what they derive: their
    /// row's status (before it was kept) or their place (before <see cref="EventPlaceSchema"/>).
    /// </summary>
    public List<string> Underived(int limit) =>
        sql.Rows(
            "SELECT e.id FROM events e WHERE e.independent_sources IS NULL OR NOT EXISTS (SELECT 1 FROM event_areas p WHERE p.area_id = @every AND p.event_id = e.id) ORDER BY e.fid LIMIT @limit",
            r => r.GetString(0),
            ("@every", EventPlaceSchema.EveryEvent), ("@limit", limit));

    public bool Delete(string id, int expectedVersion) =>
        sql.Execute("DELETE FROM events WHERE id = @id AND version = @expected", ("@id", id), ("@expected", expectedVersion)) == 1;

    public int LastHistoryVersion(string id) =>
        sql.Rows("SELECT max(version) FROM event_history WHERE event_id = @id", r => r.IsDBNull(0) ? 0 : Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), ("@id", id))[0];

    public void AppendHistory(string id, int version, DateTimeOffset at, string? actor, HistoryAction action, ClaimEvent? old, ClaimEvent? now) =>
        sql.Execute(
            "INSERT INTO event_history (event_id, version, at, actor, action, old_value, new_value) VALUES (@id, @version, @at, @actor, @action, @old, @new)",
            ("@id", id), ("@version", version), ("@at", Time(at)), ("@actor", actor), ("@action", action.ToString().ToLowerInvariant()),
            ("@old", old is null ? null : EventJson.Text(old)), ("@new", now is null ? null : EventJson.Text(now)));

    public List<EventHistoryEntry> History(string id) =>
        sql.Rows("SELECT event_id, version, at, actor, action, old_value, new_value FROM event_history WHERE event_id = @id ORDER BY version", r =>
        {
            JsonObject? Value(int i) => r.IsDBNull(i) ? null : JsonNode.Parse(r.GetString(i))!.AsObject();
            return new EventHistoryEntry(r.GetString(0), r.GetInt32(1), ReadTime(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3), Enum.Parse<HistoryAction>(r.GetString(4), ignoreCase: true), Value(5), Value(6));
        }, ("@id", id));

    public void Reject(string eventId, string claimId, DateTimeOffset at, string? actor) =>
        sql.Execute("INSERT INTO event_rejections (claim_id, event_id, at, actor) VALUES (@claim, @event, @at, @actor) ON CONFLICT (claim_id, event_id) DO NOTHING", ("@claim", claimId), ("@event", eventId), ("@at", Time(at)), ("@actor", actor));

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Writes the members; a claim another transaction put in an event since the checks ran is refused, not moved.</summary>
    private void WriteMembers(ClaimEvent e)
    {
        for (var i = 0; i < e.ClaimIds.Count; i++)
        {
            var written = sql.Execute(
                "INSERT INTO event_members (claim_id, event_id, position) VALUES (@claim, @event, @position) ON CONFLICT (claim_id) DO NOTHING",
                ("@claim", e.ClaimIds[i]), ("@event", e.Id), ("@position", i));
            if (written == 0)
            {
                throw new StoreValidationException([new FieldProblem($"claims[{i}]", $"claim '{e.ClaimIds[i]}' was put in another event meanwhile; a claim belongs to at most one event")]);
            }
        }
    }

    private static (string, object?)[] Parameters(ClaimEvent e) =>
    [
        ("@id", e.Id), ("@title", e.Title), ("@note", e.Note), ("@status", e.StatusOverride), ("@reason", e.OverrideReason),
        ("@created", Time(e.CreatedAt)), ("@updated", Time(e.UpdatedAt)), ("@version", e.Version),
    ];

    private static (string, object?)[] DerivedParameters(Derived derived) =>
    [
        ("@first", derived.FirstDay), ("@last", derived.LastDay),
        ("@west", derived.Box?.West), ("@east", derived.Box?.East), ("@south", derived.Box?.South), ("@north", derived.Box?.North),
        ("@derived_status", derived.Status), ("@independent", derived.IndependentSources),
    ];

    private static ClaimEvent Read(DbDataReader r, IReadOnlyList<string> members) => new(
        r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), members,
        r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        ReadTime(r.GetString(5)), ReadTime(r.GetString(6)), r.GetInt32(7));
}
