using BorderMap.Core.Claims;
using BorderMap.Storage.Tests.Reference;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Tests;

/// <summary>
/// An import of more than one chunk on every backend: the claims land in the order the file
/// gives them, each with its history entry, and what is derived from them (the areas a region
/// filter reads, the pre-counted cells and days) equals the reference over the claims stored,
/// however the backend stages the chunks before they reach the claim table.
/// </summary>
public abstract partial class ClaimCountContract
{
    [Fact]
    public async Task An_import_of_several_chunks_keeps_the_file_order_the_history_and_every_derived_count()
    {
        var count = (2 * Chunk) + 7;
        var ids = Enumerable.Range(0, count).Select(i => $"bulk-{i}").ToList();
        // Points on a grid across the Panj (69–72.8° E, 36.5–38.5° N), so the claims fall into Afghan and Tajik regions and many cluster cells.
        var drafts = ids.Select((id, i) => TestData.PointDraft(id, lon: 69.0 + (i % 20) * 0.2, lat: 36.5 + (i / 20) * 0.2));

        var report = await Store.ImportAsync(drafts, InChunksOf(Chunk, actor: "bulk"));

        Assert.Equal(new ImportReport(count, 0, 0, DryRun: false), report);
        Assert.Equal(ids, (await Store.ClaimsAsync()).Select(c => c.Id).Where(id => id.StartsWith("bulk-", StringComparison.Ordinal)));
        var last = Assert.Single(await Store.HistoryAsync(ids[^1]));
        Assert.Equal(("bulk", HistoryAction.Create, 1), (last.Actor, last.Action, last.Version));
        var reference = await ReferenceClaims.ReadAsync(Store);
        foreach (var filter in new[] { "region=AF-BDS", "region=TJ-GB&category=statement" }.Select(Parse))
        {
            Assert.Equal(reference.Ids(filter), (await Store.QueryAsync(filter)).Select(c => c.Id));
        }

        await AssertClustersMatchStoreAsync(ReferenceTiles.Holding(Fayzabad, 5));
    }

    [Fact]
    public async Task A_deleted_claim_imported_again_continues_its_history_beside_claims_it_has_never_seen()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft("returning-claim"), "ana");
        await Store.DeleteClaimAsync(created.Id, created.Data.Version, "ana");
        var drafts = new[] { TestData.PointDraft("first-seen"), TestData.PointDraft("returning-claim"), TestData.PointDraft("also-first-seen") };

        var report = await Store.ImportAsync(drafts, new ImportOptions(Actor: "bulk"));

        Assert.Equal(new ImportReport(3, 0, 0, DryRun: false), report);
        Assert.Equal(3, (await Store.FindClaimAsync("returning-claim"))!.Data.Version);
        Assert.Equal(
            [(HistoryAction.Create, 1), (HistoryAction.Delete, 2), (HistoryAction.Create, 3)],
            (await Store.HistoryAsync("returning-claim")).Select(h => (h.Action, h.Version)));
        Assert.Equal(1, (await Store.FindClaimAsync("first-seen"))!.Data.Version);
    }

    [Fact]
    public async Task An_import_whose_file_fails_to_read_after_a_chunk_was_written_fails_with_that_error_and_writes_nothing()
    {
        // The file is read ahead of the writing: the failure comes after the first chunk was written.
        var failAt = (Chunk * 2) + 1;
        var drafts = Enumerable.Range(0, failAt + 1).Select(i => i == failAt
            ? throw new InvalidDataException("constructed: this row cannot be read")
            : TestData.PointDraft($"unread-{i}", lon: 69.0 + (i % 20) * 0.2, lat: 36.5 + (i / 20) * 0.2));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Store.ImportAsync(drafts, InChunksOf(Chunk)));

        Assert.Equal("constructed: this row cannot be read", error.Message);
        Assert.Null(await Store.FindClaimAsync("unread-0"));
        Assert.DoesNotContain(await Store.ClaimsAsync(), c => c.Id.StartsWith("unread-", StringComparison.Ordinal));
    }
}
