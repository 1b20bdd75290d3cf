using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.PageAsync(ClaimFilter, ClaimSort, ClaimCursor?, int, CancellationToken)"/>
/// on every backend: walking a sorted list page by page gives the reference order, the field's
/// values in code point order and ties (the claim set has few titles, places and categories) in
/// creation order, each the other way round when descending, with and without filters.
/// </summary>
public abstract partial class ClaimQueryContract
{
    public static TheoryData<string, string, int> SortedFilters() => new()
    {
        { "date", "", 37 },
        { "-date", "", 37 },
        { "place", "", 23 },
        { "-place", "", 23 },
        { "title", "", 50 },
        { "-title", "", 50 },
        { "category", "", 41 },
        { "-category", "", 41 },
        { "status", "", 60 },
        { "-status", "", 60 },
        { "-date", "category=troop-movement,refugees&status=reported,disputed", 3 },
        { "place", "region=AF-BDS", 5 },
        { "-title", "q=Бадахшан", 9 },
        { "date", "bbox=69,36,72,38&from=2021-06-01", 11 },
    };

    [Theory]
    [MemberData(nameof(SortedFilters))]
    public async Task Walking_a_sorted_list_gives_the_reference_order_with_ties_in_creation_order(string sortName, string query, int limit)
    {
        var reference = await ImportQueryClaimSetAsync();
        Assert.True(ClaimSort.TryParse(sortName, out var sort));
        var filter = Parse(query);

        var walked = await WalkSortedAsync(filter, sort, limit);

        Assert.Equal(SortedIds(reference, filter, sort), walked);
    }

    [Fact]
    public async Task A_cursor_of_another_sort_is_refused()
    {
        await ImportQueryClaimSetAsync();
        Assert.True(ClaimSort.TryParse("-date", out var byDate));
        var first = await Store.PageAsync(ClaimFilter.All, byDate, null, 5);

        Assert.True(ClaimSort.TryParse("date", out var ascending));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PageAsync(ClaimFilter.All, ascending, first.Next, 5));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PageAsync(ClaimFilter.All, first.Next, 5));
    }

    private static List<string> SortedIds(ReferenceClaims reference, ClaimFilter filter, ClaimSort sort)
    {
        var matched = reference.Query(filter).Select((claim, position) => (Key: sort.KeyOf(claim), Position: position, claim.Id));
        var ordered = sort.Descending
            ? matched.OrderByDescending(c => c.Key, StringComparer.Ordinal).ThenByDescending(c => c.Position)
            : matched.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Position);
        return [.. ordered.Select(c => c.Id)];
    }

    /// <summary>Every page of a sorted list, through the cursor as a client would pass it back (its text), never longer than the limit.</summary>
    private async Task<List<string>> WalkSortedAsync(ClaimFilter filter, ClaimSort sort, int limit)
    {
        var ids = new List<string>();
        ClaimCursor? after = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await Store.PageAsync(filter, sort, after, limit);
            Assert.InRange(page.Claims.Count, 0, limit);
            ids.AddRange(page.Claims.Select(c => c.Id));
            if (page.Next is not { } next)
            {
                return ids;
            }

            Assert.True(ClaimCursor.TryParse(next.ToString(), out var parsed));
            after = parsed;
        }

        Assert.Fail("the sorted pages did not end");
        return ids;
    }
}
