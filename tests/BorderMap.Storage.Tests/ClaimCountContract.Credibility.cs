using BorderMap.Core.Queries;
using BorderMap.Storage;

namespace BorderMap.Storage.Tests;

/// <summary>Information credibility (Admiralty 1–6): set on a claim, kept by edits and the history, filtered on through the store's filter.</summary>
public abstract partial class ClaimCountContract
{
    [Fact]
    public async Task A_claim_keeps_its_credibility_through_an_edit_and_its_history()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft("graded-claim").With(d => d with { Credibility = 3 }), "ana");
        await Store.UpdateClaimAsync(created.Id, created.Data.Version, TestData.PointDraft("graded-claim").With(d => d with { Credibility = 1 }), "ben");

        Assert.Equal(1, (await Store.FindClaimAsync("graded-claim"))!.Data.Credibility);
        var edit = (await Store.HistoryAsync("graded-claim"))[^1];
        Assert.Equal((3, 1), ((int)edit.OldValue!["properties"]!["credibility"]!, (int)edit.NewValue!["properties"]!["credibility"]!));
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => Store.CreateClaimAsync(TestData.PointDraft("badly-graded").With(d => d with { Credibility = 7 }), "ana"));
        Assert.Equal("credibility", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public async Task The_credibility_criterion_keeps_the_claims_with_those_grades()
    {
        await Store.CreateClaimAsync(TestData.PointDraft("probable").With(d => d with { Credibility = 2 }), "ana");
        await Store.CreateClaimAsync(TestData.PointDraft("doubtful", lon: 71.0).With(d => d with { Credibility = 4 }), "ana");
        await Store.CreateClaimAsync(TestData.PointDraft("ungraded", lon: 71.1), "ana");

        Assert.Equal(["probable"], (await Store.QueryAsync(ClaimFilter.All with { Credibilities = new HashSet<int> { 1, 2 } })).Select(c => c.Id));
        Assert.Equal(["doubtful", "probable"], (await Store.QueryAsync(ClaimFilter.All with { Credibilities = new HashSet<int> { 2, 4 } })).Select(c => c.Id).Order());
        Assert.Equal(1, (await Store.FacetsAsync(ClaimFilter.All with { Credibilities = new HashSet<int> { 4 } })).Total);
        Assert.Equal(1, (await Store.HistogramAsync(ClaimFilter.All with { Credibilities = new HashSet<int> { 4 } }, DateBinSize.Month)).Bins.Sum(bin => bin.Count));
        Assert.Equal(1, (await TileFeaturesAsync("credibility=4", new TileAddress(0, 0, 0))).Sum(f => f.Number("count")));
    }
}
