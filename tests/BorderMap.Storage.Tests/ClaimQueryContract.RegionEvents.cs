using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Events;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The events a region panel counts, on every backend, against the reference over the events as
/// the store derives them on reading: where an event lies and its status follow every event write
/// and every change to its claims (a claim that moves, by an edit or an import, a claim that leaves, an override).
/// </summary>
public abstract partial class ClaimQueryContract
{
    private static readonly string[] EventRegions = ["AF-BDS", "TJ-GB", "TJ", "AF", "AF-KAN", "AF-HER"];

    private static readonly string[] EventFilters = ["", "status=corroborated,reported", "from=2021-07-06", "to=2021-07-04", "from=2021-07-01&to=2021-07-31&status=disputed", "event_status=disputed,reported&status=reported,corroborated"];

    [Fact]
    public async Task Region_event_counts_follow_event_writes_and_changes_to_their_claims()
    {
        await EventFixture.AddAsync(Store);
        var pair = await Events.CreateEventAsync(new EventDraft("pair", "Two sources on one crossing", null, [EventFixture.Guard, EventFixture.Broadcaster], null, null), "ana");
        var single = await Events.CreateEventAsync(new EventDraft("single", "One agency on one crossing", null, [EventFixture.Agency], null, null), "ana");
        await AssertRegionEventsAsync();

        var agency = (await Store.FindClaimAsync(EventFixture.Agency))!;
        var kandahar = (Point)TestData.Geodata.Areas.Find("AF-KAN")!.Geometry.InteriorPoint;
        var inKandahar = await Store.UpdateClaimAsync(agency.Id, agency.Data.Version, new ClaimDraft(agency.Id, agency.Data, kandahar), "ana");
        Assert.Equal(1, (await AssertRegionEventsAsync())["AF-KAN"]);

        var herat = (Point)TestData.Geodata.Areas.Find("AF-HER")!.Geometry.InteriorPoint;
        await Store.ImportAsync([new ClaimDraft(agency.Id, inKandahar.Data, herat)], new ImportOptions());
        var moved = await AssertRegionEventsAsync();
        Assert.Equal((0, 1), (moved["AF-KAN"], moved["AF-HER"]));

        await Events.UpdateEventAsync(pair.Id, pair.Version, new EventDraft(pair.Id, pair.Title, null, pair.ClaimIds, "disputed", "a second count came in by telephone"), "ana");
        await AssertRegionEventsAsync();

        var broadcaster = (await Store.FindClaimAsync(EventFixture.Broadcaster))!;
        await Store.DeleteClaimAsync(broadcaster.Id, broadcaster.Data.Version, "ana");
        await AssertRegionEventsAsync();

        await Events.DeleteEventAsync(single.Id, single.Version, "ana");
        Assert.Equal(0, (await AssertRegionEventsAsync())["AF-HER"]);
    }

    /// <summary>Checks every region and filter against the reference; answers each region's unfiltered count.</summary>
    private async Task<Dictionary<string, int>> AssertRegionEventsAsync()
    {
        var claims = await ReferenceClaims.ReadAsync(Store);
        var events = await ReferenceEvents.ReadAsync(Events);
        foreach (var filter in EventFilters.Select(Parse))
        {
            foreach (var region in EventRegions)
            {
                var expected = ReferenceEvents.InRegion(events, claims, region, filter);
                var answered = await Events.RegionEventsAsync(region, filter);
                Assert.Equal(expected.Count, answered.Count);
                Assert.Equal(expected.ByStatus, answered.ByStatus);
            }
        }

        return EventRegions.ToDictionary(r => r, r => ReferenceEvents.InRegion(events, claims, r, ClaimFilter.All).Count);
    }
}
