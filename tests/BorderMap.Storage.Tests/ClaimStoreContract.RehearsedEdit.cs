namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.RehearseEditAsync"/> on every backend: a fresh server rehearses an edit at
/// start, so the rehearsal must leave nothing a user could see.
/// </summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task A_rehearsed_edit_leaves_the_claims_their_history_and_the_position_as_they_were()
    {
        await using var store = await Backend.OpenNewStoreAsync(StoreSeed.Empty with { Sources = await Store.SourcesAsync() });
        var first = await store.CreateClaimAsync(TestData.PointDraft("first"), "ana");
        var second = await store.CreateClaimAsync(TestData.PointDraft("second", 71.2, 37.4), "ana");
        var position = await store.PositionAsync();

        await store.RehearseEditAsync();

        Assert.Equal(position, await store.PositionAsync());
        foreach (var claim in new[] { first, second })
        {
            var stored = await store.FindClaimAsync(claim.Id);
            Assert.NotNull(stored);
            Assert.Equal(claim.Data.Version, stored.Data.Version);
            Assert.Equal(claim.Data.UpdatedAt, stored.Data.UpdatedAt);
            Assert.Single(await store.HistoryAsync(claim.Id));
        }

        var edited = await store.UpdateClaimAsync("first", first.Data.Version, TestData.PointDraft("first").With(d => d with { Status = "disputed" }), "ben");
        Assert.Equal(first.Data.Version + 1, edited.Data.Version);
    }

    [Fact]
    public async Task An_empty_store_has_nothing_to_rehearse()
    {
        await using var store = await Backend.OpenNewStoreAsync(StoreSeed.Empty);
        var position = await store.PositionAsync();

        await store.RehearseEditAsync();

        Assert.Equal(position, await store.PositionAsync());
        Assert.Empty(await store.ClaimsAsync());
    }
}
