using BorderMap.Core.Claims;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Map;

namespace BorderMap.Rendering.Tests;

/// <summary>The order an export numbers claims in: selection, the map's subject, most recent, corroborated before reported, creation.</summary>
public sealed class ClaimRankingTests
{
    private static List<string> Order(string? region = null, string? selected = null)
    {
        var areas = RepositoryData.Data.Areas;
        var ranking = new ClaimRanking(areas, new AreaRoles(areas), region, selected);
        return [.. ranking.Order([.. RepositoryData.Data.Claims.Select(ClaimMark.Of)], c => c).Select(c => c.Id)];
    }

    private static Claim Find(string id) => RepositoryData.Data.FindClaim(id)!;

    [Fact]
    public void With_nothing_selected_recent_corroborated_claims_in_the_focus_areas_come_first()
    {
        var order = Order();
        Assert.Equal("afghan-soldiers-cross-into-tajikistan", order[0]);   // corroborated, 2021-07-05, Tajikistan and Badakhshan
        Assert.True(order.IndexOf("afghan-soldiers-cross-into-tajikistan") < order.IndexOf("tj-bds-border-length"));   // same day and areas, but reported
        Assert.True(order.IndexOf("taliban-take-most-of-badakhshan-takhar") < order.IndexOf("bds-tak-northern-alliance-strongholds"));   // 2021 before 1996

        // Every claim in a focus area before every other (Mazar-i-Sharif, Kabul, Afghanistan as a whole).
        var areas = RepositoryData.Data.Areas;
        var roles = new AreaRoles(areas);
        var inFocus = order.Select(id => Find(id).Data.Areas.Any(a => areas.Find(a) is { } area && roles.IsFocusFilled(area))).ToList();
        Assert.Equal(inFocus.OrderByDescending(f => f), inFocus);
        Assert.Contains(false, inFocus);
    }

    [Fact]
    public void The_selected_claim_comes_first_and_a_region_export_ranks_its_own_claims_next()
    {
        Assert.Equal("bds-tak-northern-alliance-strongholds", Order(selected: "bds-tak-northern-alliance-strongholds")[0]);

        var kandahar = Order(region: "AF-KAN");
        Assert.Equal("taliban-seize-districts-outside-kandahar", kandahar[0]);
    }
}
