using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Events;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The filters on what a claim's event derives (<c>event_status</c>, <c>single_source</c>) on every
/// backend: they read the status and independent sources kept on the event's row, which must be
/// what the rules (<see cref="Core.Events.EventSummary"/>) answer over the claims the store holds
/// now, after the event is written and after its claims are changed or deleted.
/// </summary>
public abstract partial class ClaimQueryContract
{
    private static readonly string[] EventFilterQueries =
    [
        "event_status=corroborated", "event_status=disputed", "event_status=reported", "event_status=corroborated,disputed", "event_status=",
        "single_source=true", "single_source=false", "single_source=false&event_status=corroborated&category=troop-movement",
    ];

    [Fact]
    public async Task The_event_filters_answer_what_the_rules_derive_after_each_event_and_claim_write()
    {
        await ImportQueryClaimSetAsync();
        await EventFixture.AddAsync(Store);
        var crossing = await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Broadcaster), "ana");
        Assert.Equal([EventFixture.Guard, EventFixture.Broadcaster], await AssertEventFiltersMatchAsync(Store, "event_status=corroborated"));

        await Events.UpdateEventAsync(crossing.Id, 1, Draft(EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency), "ana");
        Assert.Equal([EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency], await AssertEventFiltersMatchAsync(Store, "event_status=disputed"));

        await Store.DeleteClaimAsync(EventFixture.Agency, 1, "ana");
        Assert.Equal([EventFixture.Guard, EventFixture.Broadcaster], await AssertEventFiltersMatchAsync(Store, "single_source=false"));

        // The broadcaster's claim moved to the border service's own statement: one source, not corroborated by another.
        var guard = (await Store.FindClaimAsync(EventFixture.Guard))!;
        var broadcaster = (await Store.FindClaimAsync(EventFixture.Broadcaster))!;
        await Store.UpdateClaimAsync(broadcaster.Id, 1, ClaimDraft.Of(broadcaster with { Data = broadcaster.Data with { Source = guard.Data.Source, Quote = guard.Data.Quote } }), "ana");
        Assert.Empty(await AssertEventFiltersMatchAsync(Store, "single_source=false"));
        Assert.Contains(EventFixture.Broadcaster, await AssertEventFiltersMatchAsync(Store, "single_source=true&event_status=reported"));
    }

    [Fact]
    public async Task Events_page_by_their_status_override_included()
    {
        await EventFixture.AddAsync(Store);
        var corroborated = await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Broadcaster), null);
        var overridden = await Events.CreateEventAsync(Draft(EventFixture.Agency) with { Title = "Agency's count", StatusOverride = "disputed", OverrideReason = "the agency's figure is a third of the others'" }, null);

        async Task<IReadOnlyList<string>> IdsAsync(params string[] statuses) =>
            [.. (await Events.EventPageAsync(null, 10, statuses: statuses)).Events.Select(e => e.Event.Id)];

        Assert.Equal([corroborated.Id], await IdsAsync("corroborated"));
        Assert.Equal([overridden.Id], await IdsAsync("disputed"));
        Assert.Equal([SeedEvent], await IdsAsync("reported"));
        Assert.Equal([SeedEvent, corroborated.Id, overridden.Id], await IdsAsync("reported", "corroborated", "disputed"));
        Assert.Empty(await IdsAsync());
        Assert.Equal([EventFixture.Agency], (await Store.QueryAsync(Parse("event_status=disputed"))).Select(c => c.Id));
    }

    [Fact]
    public async Task A_store_from_before_derived_event_statuses_derives_them_when_opened()
    {
        await EventFixture.AddAsync(Store);
        await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency), null);
        await Backend.ForgetEventDerivationAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();

        Assert.Equal([EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency], await AssertEventFiltersMatchAsync(reopened, "event_status=disputed"));
        var box = new NetTopologySuite.Geometries.Envelope(71.5, 71.65, 36.8, 37.0);
        Assert.Contains("afghan-soldiers-cross-into-badakhshan", (await ((IEventStore)reopened).EventPageAsync(null, 10, box)).Events.Select(e => e.Event.Id));
        Assert.Empty((await ((IEventStore)reopened).EventPageAsync(null, 10, new NetTopologySuite.Geometries.Envelope(60, 61, 30, 31))).Events);
    }

    /// <summary>
    /// Checks every event filter (and facets, which count the claims themselves) against the
    /// reference over the store's claims and the statuses its events derive when read; answers the
    /// claims of <paramref name="query"/>, which must be among <see cref="EventFilterQueries"/> or combine them.
    /// </summary>
    private static async Task<IReadOnlyList<string>> AssertEventFiltersMatchAsync(IClaimStore store, string query)
    {
        var reference = await ReferenceClaims.ReadAsync(store);
        var derived = await DerivedOfClaimsAsync((IEventStore)store);
        foreach (var filter in EventFilterQueries.Append(query).Select(Parse))
        {
            var expected = reference.Query(filter with { EventStatuses = null, SingleSource = null })
                .Where(c => Meets(filter, derived.GetValueOrDefault(c.Id, ("reported", true))))
                .Select(c => c.Id).ToList();
            Assert.Equal(expected, (await store.QueryAsync(filter)).Select(c => c.Id));
            Assert.Equal(expected.Count, (await store.FacetsAsync(filter)).Total);
        }

        return [.. (await store.QueryAsync(Parse(query))).Select(c => c.Id)];
    }

    private static bool Meets(ClaimFilter filter, (string Status, bool SingleSource) derived) =>
        (filter.EventStatuses is null || filter.EventStatuses.Contains(derived.Status))
        && (filter.SingleSource is not { } single || single == derived.SingleSource);

    /// <summary>The status of each claim's event and whether one independent source at most reports it, as the rules derive them when the event is read.</summary>
    private static async Task<Dictionary<string, (string Status, bool SingleSource)>> DerivedOfClaimsAsync(IEventStore events)
    {
        var derived = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        long? after = null;
        do
        {
            var page = await events.EventPageAsync(after, IEventStore.MaxPageSize);
            foreach (var e in page.Events)
            {
                foreach (var member in e.Members)
                {
                    derived[member.Claim.Id] = (e.Status, e.Summary.Independence.SingleSource);
                }
            }

            after = page.Next;
        }
        while (after is not null);
        return derived;
    }
}
