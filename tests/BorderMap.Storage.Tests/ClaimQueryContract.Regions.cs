using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The region filter and the region facet on every backend: a claim belongs to the regions it
/// names, the regions its references name (a region, or either side of a border) and the regions
/// it lies in; the store derives that when the claim is written, so an update that moves the claim
/// moves it between regions, and a delete takes it out of them.
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Fact]
    public async Task A_claim_is_in_the_regions_it_names_references_or_lies_in_for_the_filter_and_the_facet()
    {
        var named = await Store.CreateClaimAsync(DraftAt("names-takhar", "AF-KAN").With(d => d with { Areas = ["AF-TAK"] }), null);
        var byRegion = await Store.CreateClaimAsync(TestData.PointDraft("references-kunduz").With(d => d with { Areas = [], Refs = ["region:AF-KDZ"] }) with { Geometry = null }, null);
        var byBorder = await Store.CreateClaimAsync(TestData.PointDraft("references-a-border").With(d => d with { Areas = [], Refs = ["border:TJ-GB/AF-BDS"] }) with { Geometry = null }, null);
        var inside = await Store.CreateClaimAsync(DraftAt("lies-in-herat", "AF-HER"), null);

        await AssertInRegionAsync(named.Id, "AF-TAK", "AF-KAN");
        await AssertInRegionAsync(byRegion.Id, "AF-KDZ");
        await AssertInRegionAsync(byBorder.Id, "TJ-GB", "AF-BDS");
        await AssertInRegionAsync(inside.Id, "AF-HER", "AF");
        Assert.DoesNotContain(named.Id, await RegionIdsAsync("AF-BDS"));
        Assert.DoesNotContain(inside.Id, await RegionIdsAsync("AF-KAN"));
        AssertFacetsEqual((await ReferenceClaims.ReadAsync(Store)).Facets(ClaimFilter.All), await Store.FacetsAsync(ClaimFilter.All));
    }

    [Fact]
    public async Task An_update_that_moves_a_claim_moves_it_between_regions_and_a_delete_takes_it_out()
    {
        var created = await Store.CreateClaimAsync(DraftAt("moving-claim", "AF-BDS"), "ana");
        await AssertInRegionAsync(created.Id, "AF-BDS");
        Assert.DoesNotContain(created.Id, await RegionIdsAsync("AF-KAN"));

        var moved = await Store.UpdateClaimAsync(created.Id, created.Data.Version, DraftAt("moving-claim", "AF-KAN"), "ana");

        await AssertInRegionAsync(moved.Id, "AF-KAN");
        Assert.DoesNotContain(moved.Id, await RegionIdsAsync("AF-BDS"));
        AssertFacetsEqual((await ReferenceClaims.ReadAsync(Store)).Facets(ClaimFilter.All), await Store.FacetsAsync(ClaimFilter.All));

        await Store.DeleteClaimAsync(moved.Id, moved.Data.Version, "ana");

        Assert.DoesNotContain(moved.Id, await RegionIdsAsync("AF-KAN"));
        AssertFacetsEqual((await ReferenceClaims.ReadAsync(Store)).Facets(ClaimFilter.All), await Store.FacetsAsync(ClaimFilter.All));
    }

    /// <summary>A point claim inside the area that names no area of its own.</summary>
    private static ClaimDraft DraftAt(string id, string areaId)
    {
        var point = (Point)TestData.Geodata.Areas.Find(areaId)!.Geometry.InteriorPoint;
        return TestData.PointDraft(id, point.X, point.Y).With(d => d with { Areas = [] });
    }

    /// <summary>Checks that the claim is found by each region, and counted in each region's facet as often as the reference counts.</summary>
    private async Task AssertInRegionAsync(string claimId, params string[] regionIds)
    {
        var facets = await Store.FacetsAsync(ClaimFilter.All);
        foreach (var regionId in regionIds)
        {
            var ids = await RegionIdsAsync(regionId);
            Assert.Contains(claimId, ids);
            Assert.Contains(new FacetCount(regionId, ids.Count), facets.Regions);
        }
    }

    private async Task<List<string>> RegionIdsAsync(string regionId) =>
        [.. (await Store.QueryAsync(Parse("region=" + regionId))).Select(c => c.Id)];
}
