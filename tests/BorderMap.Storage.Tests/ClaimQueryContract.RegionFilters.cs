using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A region's claims under dates and kinds: the stores test them on the region's own rows (which
/// hold copies of each claim's days, and in PostGIS its category, status and precision), so an
/// edit that changes only a claim's dates or kinds must move it in and out of the region's pages as
/// surely as one that moves the claim; and a store from before those copies existed makes them when opened.
/// </summary>
public abstract partial class ClaimQueryContract
{
    private static readonly string[] RegionWindows =
    [
        "region=AF-BDS&from=2021-03-01&to=2021-03-31&category=refugees",
        "region=AF-BDS&from=2021-09-01&to=2021-09-30&category=statement&status=disputed",
        "region=AF-BDS&from=2021-07-01&to=2021-08-15",
        "region=AF&to=2021-06-30&precision=2,3",
        "region=TJ-GB&from=2021-05-01",
    ];

    [Fact]
    public async Task An_edit_of_only_a_claims_dates_and_kinds_moves_it_between_its_regions_filtered_pages()
    {
        await ImportQueryClaimSetAsync();
        var march = Parse(RegionWindows[0]);
        var september = Parse(RegionWindows[1]);
        var created = await Store.CreateClaimAsync(
            DraftAt("edited-in-place", "AF-BDS").With(d => d with { EventDate = "2021-03-10", Category = "refugees", Status = "reported" }), "ana");
        Assert.Contains(created.Id, await PagedIdsAsync(Store, march));
        Assert.DoesNotContain(created.Id, await PagedIdsAsync(Store, september));

        await Store.UpdateClaimAsync(created.Id, created.Data.Version, ClaimDraft.Of(created with { Data = created.Data with { EventDate = "2021-09-12", Category = "statement", Status = "disputed" } }), "ana");

        Assert.DoesNotContain(created.Id, await PagedIdsAsync(Store, march));
        Assert.Contains(created.Id, await PagedIdsAsync(Store, september));
        await AssertRegionWindowsMatchAsync(Store);
    }

    [Fact]
    public async Task A_store_from_before_region_rows_held_their_claims_dates_copies_them_when_opened()
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetRegionFiltersAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();
        await AssertRegionWindowsMatchAsync(reopened);

        await reopened.CreateClaimAsync(DraftAt("after-reopen", "AF-BDS").With(d => d with { EventDate = "2021-07-20" }), "ana");
        await AssertRegionWindowsMatchAsync(reopened);
    }

    /// <summary>Each window's claims, read a page of 2 at a time, and their counts equal the reference over the store's claims.</summary>
    private static async Task AssertRegionWindowsMatchAsync(IClaimStore store)
    {
        var reference = await ReferenceClaims.ReadAsync(store);
        foreach (var filter in RegionWindows.Select(Parse))
        {
            Assert.Equal(reference.Ids(filter), await PagedIdsAsync(store, filter));
            AssertFacetsEqual(reference.Facets(filter), await store.FacetsAsync(filter));
        }

        Assert.NotEmpty(reference.Ids(Parse(RegionWindows[2])));
    }

}
