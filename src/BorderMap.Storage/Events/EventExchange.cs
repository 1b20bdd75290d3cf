namespace BorderMap.Storage.Events;

/// <summary>
/// The events of a store as the drafts that recreate them elsewhere (<see cref="ImportOptions.Events"/>):
/// ids, titles, notes, memberships and status overrides; what they derive is derived again. Read a
/// page at a time; the list grows with the number of events, which researchers make by hand, not
/// with the number of claims.
/// </summary>
public static class EventExchange
{
    public static async Task<IReadOnlyList<EventDraft>> DraftsAsync(IClaimStore store, CancellationToken cancel = default)
    {
        if (store is not IEventStore events)
        {
            return [];
        }

        var drafts = new List<EventDraft>();
        long? after = null;
        do
        {
            var page = await events.EventPageAsync(after, IEventStore.MaxPageSize, cancel: cancel);
            drafts.AddRange(page.Events.Select(s => s.Event).Select(e => new EventDraft(e.Id, e.Title, e.Note, e.ClaimIds, e.StatusOverride, e.OverrideReason)));
            after = page.Next;
        }
        while (after is not null);
        return drafts;
    }

    /// <summary>"1 event", "3 events": for the commands' reports.</summary>
    public static string Count(IReadOnlyList<EventDraft> events) => events.Count == 1 ? "1 event" : $"{events.Count} events";

    /// <summary>Which event each member claim belongs to.</summary>
    public static IReadOnlyDictionary<string, string> EventOfClaim(IReadOnlyList<EventDraft> events) =>
        events.SelectMany(e => e.ClaimIds.Select(c => (Claim: c, Event: e.Id!))).ToDictionary(m => m.Claim, m => m.Event, StringComparer.Ordinal);
}
