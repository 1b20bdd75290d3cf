using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.PageAsync"/> on every backend: walking a filter's pages with the cursor
/// gives the reference answer in creation order, each claim once, never more than the limit per
/// page, and ends on a page without a cursor; claims written meanwhile come on a later page.
/// </summary>
public abstract partial class ClaimQueryContract
{
    public static TheoryData<string, int> PagedFilters() => new()
    {
        { "", 1 },
        { "", 7 },
        { "", 500 },
        { "category=troop-movement,refugees", 7 },
        { "region=AF-BDS", 1 },
        { "region=AF-BDS", 7 },
        { "region=AF-BDS&from=2021-03-01&to=2021-12-31", 3 },
        { "bbox=69,36,72,38&from=2021-06-01", 500 },
        { "bbox=69,36,72,38&from=2021-06-01&to=2021-09-30", 3 },
        { "bbox=70,37,70.5,37.5", 2 },
        { "q=Бадахшан", 7 },
        { "q=taliban khorog&status=reported,disputed", 1 },
        { "actor=nobody", 7 },
    };

    [Theory]
    [MemberData(nameof(PagedFilters))]
    public async Task Walking_the_pages_gives_the_reference_answer_in_order_each_claim_once(string query, int limit)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);

        var walked = await WalkAsync(Store, filter, after: null, limit);

        Assert.Equal(reference.Ids(filter), walked.Select(c => c.Id));
        Assert.Equal(walked.Count, walked.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_claim_created_after_the_first_page_was_read_comes_on_a_later_page()
    {
        var before = await ImportQueryClaimSetAsync();
        var first = await Store.PageAsync(ClaimFilter.All, null, 7);

        var created = await Store.CreateClaimAsync(TestData.PointDraft("written-meanwhile"), "ana");
        var rest = await WalkAsync(Store, ClaimFilter.All, first.Next, 7);

        Assert.NotNull(first.Next);
        Assert.Equal([.. before.All.Select(c => c.Id), created.Id], [.. first.Claims.Select(c => c.Id), .. rest.Select(c => c.Id)]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(IClaimStore.MaxPageSize + 1)]
    public async Task A_page_limit_outside_1_to_the_maximum_is_refused(int limit) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.PageAsync(ClaimFilter.All, null, limit));

    /// <summary>Reads every page of <paramref name="store"/> after <paramref name="after"/>, checking that none is longer than the limit and that the walk ends on a page without a cursor.</summary>
    private static async Task<List<Claim>> WalkAsync(IClaimStore store, ClaimFilter filter, ClaimCursor? after, int limit)
    {
        var claims = new List<Claim>();
        var total = (await store.ClaimsAsync()).Count;
        for (var pages = 0; pages <= total + 1; pages++)
        {
            var page = await store.PageAsync(filter, after, limit);
            Assert.InRange(page.Claims.Count, 0, limit);
            claims.AddRange(page.Claims);
            if (page.Next is null)
            {
                return claims;
            }

            after = page.Next;
        }

        Assert.Fail($"the pages of {total} claims did not end after {total + 2} pages");
        return claims;
    }
}
