using BorderMap.Core.Events;

namespace BorderMap.Storage.Events;

/// <summary>
/// The one place an event's derived values are worked out for the store (by the rules,
/// <see cref="EventSummary"/>) and written, inside the writing transaction: the span, box, status and
/// independent sources its row keeps (<see cref="EventTables.Derived"/>, what suggestions, the map and
/// the status and single-source filters read) and where it lies with that same status
/// (<see cref="EventPlaceSchema"/>, what region panels count). They are written when the event is
/// written (its claims or its override changed), and again whenever one of its claims is changed,
/// moved to a new source version, or deleted, so no reader ever sees them stale or apart.
/// </summary>
internal static class EventDerivation
{
    /// <summary>Events an earlier release wrote are derived this many per transaction when the store is opened.</summary>
    public const int BackfillChunk = 100;

    /// <summary>Derives the event from its claims as they are now and writes both its row's values and its place.</summary>
    public static void Write(EventTables tx, ClaimEvent e)
    {
        var members = tx.MembersOf(e);
        var summary = EventSummary.Of(members);
        var status = e.StatusFrom(summary);
        tx.WriteDerived(e.Id, new EventTables.Derived(summary.First, summary.Last, BoxOf(members), status, summary.Independence.Independent));
        tx.Places.Write(e.Id, status, summary.First, summary.Last, summary.PlaceClaim);
    }

    /// <summary>Derives again these events (<paramref name="eventIds"/>: looked up before a delete took their claims out).</summary>
    public static void Refresh(EventTables tx, IEnumerable<string> eventIds)
    {
        foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
        {
            if (tx.Find(id) is { } e)
            {
                Write(tx, e);
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

    /// <summary>Derives one chunk of the events an earlier release wrote without their derived values; true when there may be more.</summary>
    public static bool BackfillChunkOf(EventTables tx)
    {
        var underived = tx.Underived(BackfillChunk);
        Refresh(tx, underived);
        return underived.Count == BackfillChunk;
    }

    /// <summary>The degrees the event's claims cover; null for an event without claims.</summary>
    private static EventTables.Envelope? BoxOf(List<EventMember> members)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var boxes = members.Select(m => m.Claim.Geometry.EnvelopeInternal).ToList();
        return new EventTables.Envelope(boxes.Min(b => b.MinX), boxes.Max(b => b.MaxX), boxes.Min(b => b.MinY), boxes.Max(b => b.MaxY));
    }
}
