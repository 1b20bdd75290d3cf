using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.FirstCategoriesAsync"/> on every backend: the ids and categories of a
/// filter's first claims, in creation order, as the reference counts them, and as an edit leaves
/// them; the region panel lists its claims by category from it.
/// </summary>
public abstract partial class ClaimQueryContract
{
    public static TheoryData<string, int> CategoryPageFilters() => new()
    {
        { "", 7 },
        { "region=AF-BDS", 100 },
        { "region=AF-BDS&from=2021-03-01&to=2021-12-31", 3 },
        { "region=AF&to=2021-06-30&precision=2,3", 100 },
        { "bbox=69,36,72,38&from=2021-06-01", 500 },
        { "q=taliban khorog&status=reported,disputed", 100 },
        { "actor=nobody", 7 },
    };

    [Theory]
    [MemberData(nameof(CategoryPageFilters))]
    public async Task The_first_claims_ids_and_categories_are_the_reference_pages_first_claims(string query, int limit)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);

        var first = await Store.FirstCategoriesAsync(filter, limit);

        Assert.Equal(
            reference.Query(filter).Take(limit).Select(c => new ClaimCategory(c.Id, c.Data.Category)),
            first);
    }

    [Fact]
    public async Task An_edit_of_a_claims_category_shows_in_its_regions_first_claims()
    {
        await ImportQueryClaimSetAsync();
        var created = await Store.CreateClaimAsync(DraftAt("recategorised", "AF-BDS").With(d => d with { Category = "refugees" }), "ana");
        var region = Parse("region=AF-BDS");

        await Store.UpdateClaimAsync(created.Id, created.Data.Version, ClaimDraft.Of(created with { Data = created.Data with { Category = "statement" } }), "ana");

        var listed = (await Store.FirstCategoriesAsync(region, IClaimStore.MaxPageSize)).Single(c => c.Id == created.Id);
        Assert.Equal("statement", listed.Category);
        Assert.Equal((await ReferenceClaims.ReadAsync(Store)).Query(region).Take(IClaimStore.MaxPageSize).Select(c => new ClaimCategory(c.Id, c.Data.Category)), await Store.FirstCategoriesAsync(region, IClaimStore.MaxPageSize));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IClaimStore.MaxPageSize + 1)]
    public async Task A_category_page_limit_outside_1_to_the_maximum_is_refused(int limit) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FirstCategoriesAsync(ClaimFilter.All, limit));
}
