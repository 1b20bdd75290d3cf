using BorderMap.Core.Events;

namespace BorderMap.Storage.Events;

/// <summary>
/// Events: the claims about one happening, grouped by a researcher, with what they derive (span,
/// place, category, sources, numbers, agreement per attribute, independence, status). Written
/// like claims: one transaction per write, version-checked by the writing statement, every change
/// kept in an append-only history. A claim belongs to at most one event; deleting a claim takes it
/// out of its event. Every store backend implements it (<see cref="SqlClaimStore"/>).
/// </summary>
public interface IEventStore
{
    /// <summary>The largest page <see cref="EventPageAsync"/> answers.</summary>
    public const int MaxPageSize = 200;

    /// <summary>
    /// Up to <paramref name="limit"/> events in creation order after the cursor <paramref name="after"/> (null: from the first);
    /// with <paramref name="box"/>, only those whose claims' box meets it (indexed), for the map's markers;
    /// with <paramref name="firstDay"/> or <paramref name="lastDay"/> (inclusive), only those whose span (their claims' periods, <see cref="Core.Claims.ClaimPeriod"/>) meets those days;
    /// with <paramref name="statuses"/>, only those whose status (the override, else the derived one) is one of them.
    /// </summary>
    Task<EventPage> EventPageAsync(long? after, int limit, NetTopologySuite.Geometries.Envelope? box = null, DateOnly? firstDay = null, DateOnly? lastDay = null, IReadOnlyCollection<string>? statuses = null, CancellationToken cancel = default);

    Task<StoredEvent?> FindEventAsync(string id, CancellationToken cancel = default);

    /// <summary>The events these claims belong to, each once, for an export that numbers them and lists their sources.</summary>
    Task<IReadOnlyList<StoredEvent>> EventsOfClaimsAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancel = default);

    /// <summary>The id of the event the claim belongs to, or null.</summary>
    Task<string?> EventOfClaimAsync(string claimId, CancellationToken cancel = default);

    /// <exception cref="StoreValidationException">a field breaks a rule (a claim unknown or in another event, an override without a reason …).</exception>
    /// <exception cref="EventConflictException">an event with the draft's id exists.</exception>
    Task<ClaimEvent> CreateEventAsync(EventDraft draft, string? actor, CancellationToken cancel = default);

    /// <exception cref="EventNotFoundException">no event has that id.</exception>
    /// <exception cref="EventConflictException">the event has moved on from <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="StoreValidationException">a field breaks a rule.</exception>
    Task<ClaimEvent> UpdateEventAsync(string id, int expectedVersion, EventDraft draft, string? actor, CancellationToken cancel = default);

    /// <summary>Deletes the event (its claims stay, in no event); its history stays.</summary>
    Task DeleteEventAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default);

    /// <summary>Every change to the event, oldest first; empty for an id that never existed.</summary>
    Task<IReadOnlyList<EventHistoryEntry>> EventHistoryAsync(string id, CancellationToken cancel = default);

    /// <summary>
    /// The events the claim may belong to, best first, each with its reasons (<see cref="EventSuggester"/>):
    /// among the events whose span is near the claim's dates, leaving out its own event and those a
    /// researcher rejected for it.
    /// </summary>
    /// <exception cref="ClaimNotFoundException">no claim has that id.</exception>
    Task<IReadOnlyList<EventSuggestion>> SuggestEventsAsync(string claimId, CancellationToken cancel = default);

    /// <summary>
    /// How many events lie in the region (their place, the claim placed most precisely, belongs to
    /// it), by shown status, among those whose span meets the filter's dates and whose status is one
    /// of its statuses; the filter's other criteria concern claims, not events. An index range, not a derivation per event.
    /// </summary>
    Task<Core.Queries.RegionEvents> RegionEventsAsync(string regionId, Core.Queries.ClaimFilter filter, CancellationToken cancel = default);

    /// <summary>Records that the claim does not belong to the event, so it is not suggested again.</summary>
    /// <exception cref="EventNotFoundException">no event has that id.</exception>
    /// <exception cref="ClaimNotFoundException">no claim has that id.</exception>
    Task RejectSuggestionAsync(string eventId, string claimId, string? actor, CancellationToken cancel = default);
}
