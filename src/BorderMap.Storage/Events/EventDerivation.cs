using BorderMap.Core.Claims;
using BorderMap.Core.Events;

namespace BorderMap.Storage.Events;

/// <summary>
/// What an event's row keeps of what it derives (<see cref="EventTables.Derived"/>), worked out by
/// the rules (<see cref="EventSummary"/>) inside the writing transaction: when the event is written,
/// and again whenever one of its claims is changed, moved to a new source version, or deleted, so
/// that the filters on status and single source read a value that is never stale.
/// </summary>
internal static class EventDerivation
{
    /// <summary>Events an earlier release wrote are derived this many at a time when the store is opened.</summary>
    private const int BackfillChunk = 100;

    /// <summary>The event's claims in its order, each with its source's publisher, which independence needs.</summary>
    public static List<EventMember> Members(EventTables tx, ClaimEvent e)
    {
        var claims = tx.Claims(e.ClaimIds);
        var publishers = claims.Values.Select(c => c.Data.Source).Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, s => tx.Source(s)?.Publisher ?? string.Empty, StringComparer.Ordinal);
        return [.. e.ClaimIds.Where(claims.ContainsKey).Select(id => new EventMember(claims[id], publishers[claims[id].Data.Source]))];
    }

    public static EventTables.Derived Of(EventTables tx, ClaimEvent e)
    {
        var members = Members(tx, e);
        var summary = EventSummary.Of(members);
        var (first, last, box) = ExtentOf([.. members.Select(m => m.Claim)]);
        return new EventTables.Derived(first, last, box, e.StatusFrom(summary), summary.Independence.Independent);
    }

    /// <summary>Derives again the events these claims belong to (<paramref name="eventIds"/>: looked up before a delete took the claims out).</summary>
    public static void Refresh(EventTables tx, IEnumerable<string> eventIds)
    {
        foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
        {
            if (tx.Find(id) is { } e)
            {
                tx.WriteDerived(id, Of(tx, e));
            }
        }
    }

    /// <summary>Derives again the events of these claims, after they were changed.</summary>
    public static void RefreshEventsOf(EventTables tx, IReadOnlyCollection<string> claimIds)
    {
        if (claimIds.Count > 0)
        {
            Refresh(tx, tx.EventsOf(claimIds).Values);
        }
    }

    /// <summary>Derives the events an earlier release wrote without their status, a chunk at a time.</summary>
    public static void Backfill(EventTables tx)
    {
        for (var chunk = tx.Underived(BackfillChunk); chunk.Count > 0; chunk = tx.Underived(BackfillChunk))
        {
            Refresh(tx, chunk);
        }
    }

    /// <summary>The days and degrees the event's claims cover, given each one's precision.</summary>
    private static (string? First, string? Last, EventTables.Envelope? Box) ExtentOf(List<Claim> members)
    {
        if (members.Count == 0)
        {
            return (null, null, null);
        }

        var spans = members.Select(c => DateRules.Span(c.Data.EventDate, c.Data.EndDate, c.Data.TimePrecision)).ToList();
        var boxes = members.Select(c => c.Geometry.EnvelopeInternal).ToList();
        return (
            Core.IsoDate.Format(spans.Min(s => s.First)),
            Core.IsoDate.Format(spans.Max(s => s.Last)),
            new EventTables.Envelope(boxes.Min(b => b.MinX), boxes.Max(b => b.MaxX), boxes.Min(b => b.MinY), boxes.Max(b => b.MaxY)));
    }
}
