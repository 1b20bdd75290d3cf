using BorderMap.Storage.Events;

namespace BorderMap.Storage.Tests;

/// <summary>Events travel with the claims: an import carrying them recreates them in another store, in the import's transaction.</summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task A_store_s_claims_and_events_imported_into_an_empty_store_recreate_the_same_events()
    {
        await EventFixture.AddAsync(Store);
        await Events.CreateEventAsync(new EventDraft("broadcast-crossing", "Crossing as broadcast", "Constructed note.", [EventFixture.Guard, EventFixture.Broadcaster], "disputed", "Constructed reason."), "ana");
        var events = await EventExchange.DraftsAsync(Store);

        await using var other = await Backend.OpenNewStoreAsync(StoreSeed.Empty with { Sources = await Store.SourcesAsync() });
        await other.ImportAsync([.. (await Store.ClaimsAsync()).Select(ClaimDraft.Of)], new ImportOptions(Events: events));

        Assert.Equal(2, events.Count);
        Assert.Equal(events.Select(EventFixture.Text), (await EventExchange.DraftsAsync(other)).Select(EventFixture.Text));
        Assert.Equal("disputed", (await ((IEventStore)other).FindEventAsync("broadcast-crossing"))!.Status);
    }

    [Fact]
    public async Task The_events_of_a_set_of_claims_are_each_found_once()
    {
        var seeded = Assert.Single(await EventExchange.DraftsAsync(Store));

        var found = await Events.EventsOfClaimsAsync([.. seeded.ClaimIds, "claim-in-no-event"]);

        Assert.Equal([seeded.Id], found.Select(e => e.Event.Id));
        Assert.Equal(["tj-af-border-2021-07-05"], found[0].Summary.Sources);
        Assert.Empty(await Events.EventsOfClaimsAsync(["claim-in-no-event"]));
    }

    [Fact]
    public async Task An_import_whose_event_differs_from_the_stored_one_keeps_nothing()
    {
        var seeded = Assert.Single(await EventExchange.DraftsAsync(Store));
        await Store.ImportAsync([], new ImportOptions(Events: [seeded]));

        var error = await Assert.ThrowsAsync<StoreValidationException>(() =>
            Store.ImportAsync([TestData.PointDraft("imported-with-event")], new ImportOptions(Events: [seeded with { Title = "Another title" }])));

        Assert.Equal("events[0]", Assert.Single(error.Problems).Field);
        Assert.Null(await Store.FindClaimAsync("imported-with-event"));
        Assert.Equal(seeded.Title, (await Events.FindEventAsync(seeded.Id!))!.Event.Title);
    }
}
