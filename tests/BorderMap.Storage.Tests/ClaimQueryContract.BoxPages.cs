using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Pages of a box and a date window in a store written before their index held the page position
/// (PostGIS schema 18): opening it builds the index anew, and walking the pages across the cursor
/// then gives the reference's claims in creation order, each once, a claim created afterwards
/// included.
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Fact]
    public async Task Box_and_date_pages_of_an_upgraded_store_give_the_reference_answer_across_the_cursor()
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetBoxPagePositionsAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();
        var created = await reopened.CreateClaimAsync(TestData.PointDraft("after-box-page-upgrade"), "ana");
        var reference = await Reference.ReferenceClaims.ReadAsync(reopened);
        var filter = Parse("bbox=69,36,72,38&from=2021-06-01&to=2021-09-30");
        var walked = (await WalkAsync(reopened, filter, after: null, 4)).Select(c => c.Id).ToList();

        Assert.Equal(reference.Ids(filter), walked);
        Assert.Equal(walked.Count, walked.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(created.Id, walked[^1]);
        Assert.InRange(walked.Count, 5, reference.Ids(ClaimFilter.All).Count - 1); // several pages, and not every claim
    }
}
