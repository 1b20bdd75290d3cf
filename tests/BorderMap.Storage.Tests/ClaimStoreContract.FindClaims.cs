namespace BorderMap.Storage.Tests;

/// <summary>Several claims read by id at once (an export's quote panel): the stored ones, as one lookup each would find them.</summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task Claims_found_by_ids_are_the_stored_ones_as_found_one_by_one()
    {
        var first = await Store.CreateClaimAsync(TestData.PointDraft("first-asked"), "ana");
        await Store.CreateClaimAsync(TestData.PointDraft("second-asked", lon: 71.0), "ana");
        await Store.CreateClaimAsync(TestData.PointDraft("never-asked", lon: 71.1), "ana");
        await Store.UpdateClaimAsync(first.Id, first.Data.Version, TestData.PointDraft("first-asked").With(d => d with { Title = "Edited before it was read" }), "ben");
        var deleted = await Store.CreateClaimAsync(TestData.PointDraft("deleted-since", lon: 71.2), "ana");
        await Store.DeleteClaimAsync(deleted.Id, deleted.Data.Version, "ben");

        var found = await Store.FindClaimsAsync(["second-asked", "first-asked", "deleted-since", "no-such-claim", "first-asked"]);

        Assert.Equal(["first-asked", "second-asked"], found.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, claim) in found)
        {
            var alone = (await Store.FindClaimAsync(id))!;
            Assert.Equal(Described(alone), Described(claim));
        }

        Assert.Equal("Edited before it was read", found["first-asked"].Data.Title);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindClaimsAsync([]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindClaimsAsync([.. Enumerable.Range(0, IClaimStore.MaxPageSize + 1).Select(i => $"claim-{i}")]));
    }

    private static string Described(BorderMap.Core.Claims.Claim claim) =>
        $"{claim.Id} v{claim.Data.Version} {claim.Data.Title} | {string.Join(",", claim.Data.Areas)} | {claim.Data.Quote} | {claim.Geometry.AsText()} | {claim.Anchor.AsText()} | {claim.Data.UpdatedAt:O}";
}
