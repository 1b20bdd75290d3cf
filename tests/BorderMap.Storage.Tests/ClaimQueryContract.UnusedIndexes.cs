using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A store written before the indexes that no statement could use were dropped (PostGIS schema 22):
/// opening it drops them, and the answers that might have read them (a date window, a list sorted
/// by date either way, a date window inside a box) stay the reference's, a claim created afterwards
/// included.
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Theory]
    [InlineData("date", "from=2021-06-01&to=2021-09-30")]
    [InlineData("-date", "")]
    [InlineData("date", "bbox=69,36,72,38&from=2021-06-01")]
    public async Task Date_lists_of_a_store_upgraded_past_its_unused_indexes_give_the_reference_order(string sortName, string query)
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetUnusedIndexesDroppedAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();
        await reopened.CreateClaimAsync(TestData.PointDraft("after-index-drop"), "ana");
        var reference = await Reference.ReferenceClaims.ReadAsync(reopened);
        var filter = Parse(query);
        Assert.True(ClaimSort.TryParse(sortName, out var sort));

        var walked = await WalkSortedAsync(filter, sort, 4);

        Assert.Equal(SortedIds(reference, filter, sort), walked);
        Assert.InRange(walked.Count, 5, reference.Ids(ClaimFilter.All).Count); // several pages
    }
}
