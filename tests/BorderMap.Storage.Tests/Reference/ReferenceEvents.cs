using BorderMap.Core;
using BorderMap.Core.Queries;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.Tests.Reference;

/// <summary>
/// The events a region panel counts, worked out from every event as the store derives it on
/// reading (<see cref="StoredEvent"/>): an event lies in a region when its place claim belongs to
/// it; it counts when its span meets the filter's dates and its shown status is one of the filter's
/// statuses and of its event statuses.
/// </summary>
internal static class ReferenceEvents
{
    public static async Task<List<StoredEvent>> ReadAsync(IEventStore store)
    {
        var events = new List<StoredEvent>();
        long? next = null;
        do
        {
            var page = await store.EventPageAsync(next, IEventStore.MaxPageSize);
            events.AddRange(page.Events);
            next = page.Next;
        }
        while (next is not null);
        return events;
    }

    public static RegionEvents InRegion(IReadOnlyList<StoredEvent> events, ReferenceClaims claims, string regionId, ClaimFilter filter)
    {
        var region = TestData.Geodata.Areas.Find(regionId)!;
        var counted = events
            .Where(e => e.Summary.PlaceClaim is { } place && claims.All.Single(c => c.Id == place) is var claim && claims.IsIn(claim, region))
            .Where(e => filter.From is not { } from || (e.Summary.Last is { } last && IsoDate.Parse(last) >= from))
            .Where(e => filter.To is not { } to || (e.Summary.First is { } first && IsoDate.Parse(first) <= to))
            .Where(e => filter.Statuses is not { } statuses || statuses.Contains(e.Status))
            .Where(e => filter.EventStatuses is not { } statuses || statuses.Contains(e.Status))
            .GroupBy(e => e.Status, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Count()))
            .ToList();
        return new RegionEvents(counted.Sum(c => c.Count), ClaimFacets.Ordered(counted));
    }
}
