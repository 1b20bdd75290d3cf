using BorderMap.Core.Events;
using BorderMap.Storage.Events;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Events on every backend: written with history and version checks like claims, a claim in at
/// most one event, and read back with what they derive, the same on GeoPackage and PostGIS as the
/// pure rules (<see cref="EventSummary"/>) answer for the same claims.
/// </summary>
public abstract partial class ClaimQueryContract
{
    private const string SeedEvent = "crossing-into-badakhshan-2021-07-05";

    [Fact]
    public async Task A_new_store_holds_the_shipped_event_of_the_seed_claims_reported_from_one_source()
    {
        var seeded = await Events.FindEventAsync(SeedEvent);

        Assert.NotNull(seeded);
        Assert.Equal(["afghan-soldiers-cross-into-tajikistan", "tajikistan-admits-afghan-soldiers"], seeded.Event.ClaimIds);
        Assert.Equal(("reported", "1 source, 1 independent"), (seeded.Status, seeded.Summary.Independence.Summary));
        Assert.Equal(HistoryAction.Create, Assert.Single(await Events.EventHistoryAsync(SeedEvent)).Action);
    }

    private static EventDraft Draft(params string[] claims) => new(null, "Afghan soldiers cross into Badakhshan", "  ", claims, null, null);

    [Fact]
    public async Task An_event_of_two_agreeing_independent_sources_is_corroborated_with_its_derived_fields()
    {
        await EventFixture.AddAsync(Store);

        var created = await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Broadcaster), "ana");
        var read = await Events.FindEventAsync(created.Id);

        Assert.Equal(("afghan-soldiers-cross-into-badakhshan", 1, null), (created.Id, created.Version, created.Note));
        Assert.NotNull(read);
        Assert.Equal([EventFixture.Guard, EventFixture.Broadcaster], read.Event.ClaimIds);
        Assert.Equal("corroborated", read.Status);
        Assert.Equal("2 sources, 2 independent", read.Summary.Independence.Summary);
        Assert.Equal(("2021-07-05", "2021-07-05", "troop-movement"), (read.Summary.First, read.Summary.Last, read.Summary.Category));
        Assert.Equal((1000.0, 1037.0, 1037.0), (read.Summary.Numbers[0].Low, read.Summary.Numbers[0].Best, read.Summary.Numbers[0].High));
        Assert.Equal(created.Id, await Events.EventOfClaimAsync(EventFixture.Guard));
        Assert.Null(await Events.EventOfClaimAsync(EventFixture.Agency));
    }

    [Fact]
    public async Task Adding_a_contradicting_claim_makes_it_disputed_and_the_history_keeps_each_membership()
    {
        await EventFixture.AddAsync(Store);
        var created = await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Broadcaster), "ana");

        var updated = await Events.UpdateEventAsync(created.Id, 1, Draft(EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency), "ben");
        var read = await Events.FindEventAsync(created.Id);

        Assert.Equal(2, updated.Version);
        Assert.Equal("disputed", read!.Status);
        Assert.Equal(Agreement.Contradict, read.Summary.Attributes.Single(a => a.Attribute == "numbers").Agreement);
        var history = await Events.EventHistoryAsync(created.Id);
        Assert.Equal([(HistoryAction.Create, 1, "ana"), (HistoryAction.Update, 2, "ben")], history.Select(h => (h.Action, h.Version, h.Actor)));
        Assert.Equal(2, history[1].OldValue!["claims"]!.AsArray().Count);
        Assert.Equal(3, history[1].NewValue!["claims"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_override_needs_a_reason_and_both_are_kept_in_the_history()
    {
        await EventFixture.AddAsync(Store);
        var created = await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Agency), null);

        var missing = await Assert.ThrowsAsync<StoreValidationException>(() => Events.UpdateEventAsync(created.Id, 1, Draft(EventFixture.Guard, EventFixture.Agency) with { StatusOverride = "corroborated" }, null));
        await Events.UpdateEventAsync(created.Id, 1, Draft(EventFixture.Guard, EventFixture.Agency) with { StatusOverride = "corroborated", OverrideReason = "the agency later corrected its figure" }, "ana");
        var read = await Events.FindEventAsync(created.Id);

        Assert.Contains(missing.Problems, p => p.Field == "overrideReason");
        Assert.Equal(("corroborated", "disputed"), (read!.Status, read.Summary.DerivedStatus));
        Assert.Equal("the agency later corrected its figure", (await Events.EventHistoryAsync(created.Id))[1].NewValue!["overrideReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_claim_belongs_to_at_most_one_event_and_unknown_claims_are_refused()
    {
        await EventFixture.AddAsync(Store);
        var before = (await Events.EventPageAsync(null, 10)).Events.Count;
        var first = await Events.CreateEventAsync(Draft(EventFixture.Guard), null);

        var taken = await Assert.ThrowsAsync<StoreValidationException>(() => Events.CreateEventAsync(Draft(EventFixture.Agency, EventFixture.Guard) with { Title = "Other" }, null));
        var unknown = await Assert.ThrowsAsync<StoreValidationException>(() => Events.CreateEventAsync(Draft("no-such-claim") with { Title = "Other" }, null));

        Assert.Contains(taken.Problems, p => p.Field == "claims[1]" && p.Message.Contains(first.Id, StringComparison.Ordinal));
        Assert.Contains(unknown.Problems, p => p.Field == "claims[0]");
        Assert.Null(await Events.EventOfClaimAsync(EventFixture.Agency));
        Assert.Equal(before + 1, (await Events.EventPageAsync(null, 10)).Events.Count);
    }

    [Fact]
    public async Task A_stale_event_write_conflicts_and_changes_nothing()
    {
        await EventFixture.AddAsync(Store);
        var created = await Events.CreateEventAsync(Draft(EventFixture.Guard), null);
        await Events.UpdateEventAsync(created.Id, 1, Draft(EventFixture.Guard, EventFixture.Broadcaster), null);

        var stale = await Assert.ThrowsAsync<EventConflictException>(() => Events.UpdateEventAsync(created.Id, 1, Draft(), null));
        await Assert.ThrowsAsync<EventConflictException>(() => Events.DeleteEventAsync(created.Id, 1, null));

        Assert.Equal(2, stale.Current!.Version);
        Assert.Equal(2, (await Events.FindEventAsync(created.Id))!.Event.ClaimIds.Count);
    }

    [Fact]
    public async Task Deleting_an_event_frees_its_claims_and_deleting_a_claim_leaves_its_event()
    {
        await EventFixture.AddAsync(Store);
        var created = await Events.CreateEventAsync(Draft(EventFixture.Guard, EventFixture.Broadcaster), null);

        await Store.DeleteClaimAsync(EventFixture.Broadcaster, 1, null);
        var afterClaimDeleted = await Events.FindEventAsync(created.Id);
        await Events.DeleteEventAsync(created.Id, 1, "ana");

        Assert.Equal([EventFixture.Guard], afterClaimDeleted!.Event.ClaimIds);
        Assert.Null(await Events.FindEventAsync(created.Id));
        Assert.Null(await Events.EventOfClaimAsync(EventFixture.Guard));
        Assert.Equal(HistoryAction.Delete, (await Events.EventHistoryAsync(created.Id))[^1].Action);
        await Assert.ThrowsAsync<EventNotFoundException>(() => Events.UpdateEventAsync(created.Id, 2, Draft(), null));
    }

    [Fact]
    public async Task Events_page_in_creation_order_with_a_cursor()
    {
        await EventFixture.AddAsync(Store);
        foreach (var claim in new[] { EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency })
        {
            await Events.CreateEventAsync(Draft(claim) with { Title = $"Event of {claim}" }, null);
        }

        var first = await Events.EventPageAsync(null, 2);
        var rest = await Events.EventPageAsync(first.Next, 2);

        Assert.Equal([SeedEvent, "event-of-guard-1037-cross"], first.Events.Select(e => e.Event.Id));
        Assert.Equal(["event-of-broadcaster-1000-flee", "event-of-agency-300-cross"], rest.Events.Select(e => e.Event.Id));
        Assert.Null(rest.Next);
    }

    [Fact]
    public async Task Events_in_a_box_page_with_a_cursor_and_leave_out_those_outside()
    {
        await EventFixture.AddAsync(Store);
        foreach (var claim in new[] { EventFixture.Guard, EventFixture.Broadcaster, EventFixture.Agency })
        {
            await Events.CreateEventAsync(Draft(claim) with { Title = $"Event of {claim}" }, null);
        }

        // The guard's claim is at 37.49 N, the broadcaster's at 37.3 N, the agency's at 36.9 N.
        var box = new NetTopologySuite.Geometries.Envelope(71.5, 71.65, 37.2, 37.55);
        var ids = new List<string>();
        long? cursor = null;
        do
        {
            var page = await Events.EventPageAsync(cursor, 1, box);
            ids.AddRange(page.Events.Select(e => e.Event.Id));
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Contains("event-of-guard-1037-cross", ids);
        Assert.Contains("event-of-broadcaster-1000-flee", ids);
        Assert.DoesNotContain("event-of-agency-300-cross", ids);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Empty((await Events.EventPageAsync(null, 10, new NetTopologySuite.Geometries.Envelope(60, 61, 30, 31))).Events);
    }

    [Fact]
    public async Task A_claim_of_the_same_crossing_is_suggested_its_event_until_rejected()
    {
        await EventFixture.AddAsync(Store);
        var created = await Events.CreateEventAsync(Draft(EventFixture.Guard), null);

        var suggested = await Events.SuggestEventsAsync(EventFixture.Broadcaster);
        var far = await Events.SuggestEventsAsync(TestData.Geodata.Claims.Single(c => c.Id == "taliban-seize-districts-in-helmand").Id);
        await Events.RejectSuggestionAsync(created.Id, EventFixture.Broadcaster, "ana");

        Assert.Contains(created.Id, suggested.Select(s => s.EventId));
        Assert.Empty(far);
        Assert.DoesNotContain(created.Id, (await Events.SuggestEventsAsync(EventFixture.Broadcaster)).Select(s => s.EventId));
        await Assert.ThrowsAsync<ClaimNotFoundException>(() => Events.SuggestEventsAsync("no-such-claim"));
    }
}
