using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.MarkPageAsync"/> on every backend: the pages and cursors of
/// <see cref="IClaimStore.PageAsync(ClaimFilter, ClaimCursor?, int, CancellationToken)"/>, each claim
/// as the mark a map draws of the whole claim the reference holds (anchor, category, status, date,
/// areas, source), also after an edit that moves a claim and changes what its marker shows, and a delete.
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Theory]
    [MemberData(nameof(CategoryPageFilters))]
    public async Task Mark_pages_are_the_reference_claims_marks_with_the_claim_pages_cursors(string query, int limit)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);

        var marks = await AllMarksAsync(Store, filter, limit);

        Assert.Equal(reference.Query(filter).Select(c => Described(ClaimMark.Of(c))), marks);
    }

    [Fact]
    public async Task A_claims_mark_follows_an_edit_of_its_place_category_status_date_and_areas_and_leaves_with_a_delete()
    {
        await ImportQueryClaimSetAsync();
        var created = await Store.CreateClaimAsync(DraftAt("marked-then-moved", "AF-BDS"), "ana");
        var there = DraftAt("marked-then-moved", "AF-KAN");
        var moved = there.Data with
        {
            Category = "statement",
            Status = "disputed",
            EventDate = "2021-09-30",
            Areas = ["AF-KAN"],
        };
        var edited = await Store.UpdateClaimAsync(created.Id, created.Data.Version, there with { Data = moved }, "ana");

        var marks = await AllMarksAsync(Store, ClaimFilter.All, IClaimStore.MaxPageSize);
        Assert.Contains(Described(ClaimMark.Of(edited)), marks);
        Assert.Equal((await ReferenceClaims.ReadAsync(Store)).All.Select(c => Described(ClaimMark.Of(c))), marks);

        await Store.DeleteClaimAsync(edited.Id, edited.Data.Version, "ana");
        var left = await AllMarksAsync(Store, ClaimFilter.All, IClaimStore.MaxPageSize);
        Assert.DoesNotContain(left, m => m.StartsWith(edited.Id + "|", StringComparison.Ordinal));
        Assert.Equal(marks.Count - 1, left.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IClaimStore.MaxPageSize + 1)]
    public async Task A_mark_page_limit_outside_1_to_the_maximum_is_refused(int limit) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.MarkPageAsync(ClaimFilter.All, null, limit));

    /// <summary>Every mark of the filter, walking mark pages and claim pages together: both must give the same cursors.</summary>
    private static async Task<List<string>> AllMarksAsync(IClaimStore store, ClaimFilter filter, int limit)
    {
        var marks = new List<string>();
        ClaimCursor? after = null;
        do
        {
            var page = await store.MarkPageAsync(filter, after, limit);
            var claims = await store.PageAsync(filter, after, limit);
            Assert.Equal(claims.Next?.ToString(), page.Next?.ToString());
            marks.AddRange(page.Claims.Select(Described));
            after = page.Next;
        }
        while (after is not null);

        return marks;
    }

    /// <summary>A mark as text, so marks compare by value (their areas are a list); coordinates in full.</summary>
    private static string Described(ClaimMark mark) => string.Create(
        CultureInfo.InvariantCulture,
        $"{mark.Id}|{mark.Category}|{mark.Status}|{mark.EventDate}|{string.Join(",", mark.Areas)}|{mark.Source}|{mark.Anchor.X:R}|{mark.Anchor.Y:R}");
}
