using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using BorderMap.Core.Queries;
using BorderMap.Storage.Events;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage;

/// <summary>The event use cases and reads of every backend (<see cref="IEventStore"/>), over the backend's <see cref="EventTables"/>.</summary>
public abstract partial class SqlClaimStore : IEventStore
{
    /// <summary>Events whose span is this many days from a claim's are looked at for suggestions.</summary>
    private const int SuggestionWindowDays = 31;

    /// <summary>…and whose box is this many degrees from the claim's (a country's radius, see <see cref="PlaceRules"/>).</summary>
    private const double SuggestionWindowDegrees = 3;

    private const int SuggestionCandidates = 30;

    /// <summary>The use cases keep no state; <see cref="ClaimWrites"/> gives them the clock.</summary>
    private EventWrites EventUseCases => new(Writes);

    public Task<EventPage> EventPageAsync(long? after, int limit, NetTopologySuite.Geometries.Envelope? box = null, DateOnly? firstDay = null, DateOnly? lastDay = null, IReadOnlyCollection<string>? statuses = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IEventStore.MaxPageSize);
        return Task.Run(() => WithEvents(tx =>
        {
            var rows = tx.Page(after ?? 0, limit + 1, box is null ? null : new EventTables.Envelope(box.MinX, box.MaxX, box.MinY, box.MaxY), firstDay, lastDay, statuses);
            var page = rows.Take(limit).ToList();
            return new EventPage([.. page.Select(r => Stored(tx, r.Event))], rows.Count > limit ? page[^1].Position : null);
        }, write: false), cancel);
    }

    public Task<StoredEvent?> FindEventAsync(string id, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx => tx.Find(id) is { } found ? Stored(tx, found) : null, write: false), cancel);

    public Task<string?> EventOfClaimAsync(string claimId, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx => tx.EventsOf([claimId]).GetValueOrDefault(claimId), write: false), cancel);

    public Task<IReadOnlyList<StoredEvent>> EventsOfClaimsAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents<IReadOnlyList<StoredEvent>>(
            tx => claimIds.Count == 0 ? [] : [.. tx.EventsOf(claimIds).Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(tx.Find).OfType<ClaimEvent>().Select(e => Stored(tx, e))],
            write: false), cancel);

    public Task<ClaimEvent> CreateEventAsync(EventDraft draft, string? actor, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx => EventUseCases.Create(tx, draft, actor), write: true), cancel);

    public Task<ClaimEvent> UpdateEventAsync(string id, int expectedVersion, EventDraft draft, string? actor, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx => EventUseCases.Update(tx, id, expectedVersion, draft, actor), write: true), cancel);

    public Task DeleteEventAsync(string id, int expectedVersion, string? actor, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx =>
        {
            EventUseCases.Delete(tx, id, expectedVersion, actor);
            return true;
        }, write: true), cancel);

    public Task<IReadOnlyList<EventHistoryEntry>> EventHistoryAsync(string id, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents<IReadOnlyList<EventHistoryEntry>>(tx => tx.History(id), write: false), cancel);

    public Task RejectSuggestionAsync(string eventId, string claimId, string? actor, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx =>
        {
            EventUseCases.Reject(tx, eventId, claimId, actor);
            return true;
        }, write: true), cancel);

    public Task<IReadOnlyList<EventSuggestion>> SuggestEventsAsync(string claimId, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx =>
        {
            var claim = tx.Claims([claimId]).GetValueOrDefault(claimId) ?? throw new ClaimNotFoundException(claimId);
            var member = new EventMember(claim, tx.Source(claim.Data.Source)?.Publisher ?? string.Empty);
            var (first, last) = member.Span;
            var box = claim.Geometry.EnvelopeInternal;
            var near = tx.Near(
                claimId,
                Core.IsoDate.Format(first.AddDays(-SuggestionWindowDays)),
                Core.IsoDate.Format(last.AddDays(SuggestionWindowDays)),
                new EventTables.Envelope(box.MinX - SuggestionWindowDegrees, box.MaxX + SuggestionWindowDegrees, box.MinY - SuggestionWindowDegrees, box.MaxY + SuggestionWindowDegrees),
                SuggestionCandidates);
            var events = near.Select(id => tx.Find(id)).OfType<ClaimEvent>()
                .Select(e => (e.Id, e.Title, (IReadOnlyList<EventMember>)tx.MembersOf(e)));
            return EventSuggester.Suggest(member, events);
        }, write: false), cancel);

    public Task<RegionEvents> RegionEventsAsync(string regionId, ClaimFilter filter, CancellationToken cancel = default) =>
        Task.Run(() => WithEvents(tx => tx.Places.Count(regionId, filter.From, filter.To, ShownStatuses(filter)), write: false), cancel);

    /// <summary>The statuses a region's events are counted under: the filter's statuses and its event statuses, those in both when both are given (null: any).</summary>
    private static IReadOnlyCollection<string>? ShownStatuses(ClaimFilter filter) => (filter.Statuses, filter.EventStatuses) switch
    {
        (null, var events) => events,
        (var statuses, null) => statuses,
        (var statuses, var events) => [.. statuses.Intersect(events, StringComparer.Ordinal)],
    };

    /// <summary>
    /// Derives the events of a store written before their row kept its status or before their places
    /// were kept (<see cref="EventDerivation"/>), a chunk per transaction; nothing to do is one query.
    /// </summary>
    private protected void DeriveUnderivedEvents()
    {
        while (WithEvents(EventDerivation.BackfillChunkOf, write: true))
        {
        }
    }

    /// <summary>Writes the shipped events into a new store, in the transaction that seeds its claims.</summary>
    private protected void SeedEvents(EventTables tx, StoreSeed seed)
    {
        foreach (var e in seed.Events)
        {
            EventUseCases.Create(tx, new EventDraft(e.Id, e.Title, e.Note, e.ClaimIds, null, null), actor: null);
        }
    }

    /// <summary>The claims of an import, then the events it carries, in its one transaction (a dry run writes no claims, so it creates no events).</summary>
    private ImportReport ImportWithEvents(IClaimTransaction tx, IEnumerable<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel)
    {
        var report = Writes.Import(tx, drafts, options, cancel);
        if (options is { DryRun: false, Events.Count: > 0 })
        {
            BundledEvents.Create(EventUseCases, tx.Events(), options.Events, options.Actor);
        }

        return report;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction over the backend's event tables: committed when it is a write and returns, rolled back when it throws.</summary>
    private protected abstract T WithEvents<T>(Func<EventTables, T> work, bool write);

    private static StoredEvent Stored(EventTables tx, ClaimEvent e)
    {
        var members = tx.MembersOf(e);
        return new StoredEvent(e, members, EventSummary.Of(members));
    }
}
