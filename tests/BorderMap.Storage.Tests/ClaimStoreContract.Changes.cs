namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.ChangesAfterAsync"/> on every backend: what another process wrote after a
/// position, which a catalog folds into its snapshot to catch up.
/// </summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task Changes_after_a_position_name_every_claim_written_since_with_its_current_value_and_new_sources()
    {
        var before = await Store.PositionAsync();
        await Store.CreateClaimAsync(TestData.PointDraft("kept"), "ana");
        var gone = await Store.CreateClaimAsync(TestData.PointDraft("gone"), "ana");
        await Store.UpdateClaimAsync("kept", 1, TestData.PointDraft("kept").With(d => d with { Status = "disputed" }), "ben");
        await Store.DeleteClaimAsync("gone", gone.Data.Version, "ben");
        var source = await Store.RegisterSourceAsync(new SourceDraft("Later report", "Example News", "en", null, null, "2021-07-09", [], "Another text."));

        var changes = await Store.ChangesAfterAsync(before);

        Assert.Equal(["kept", "gone"], changes.ClaimIds);
        var kept = Assert.Single(changes.Claims);
        Assert.Equal(("kept", 2, "disputed"), (kept.Id, kept.Data.Version, kept.Data.Status));
        Assert.Equal([source.Id], changes.Sources.Select(s => s.Id));
        Assert.Equal(await Store.PositionAsync(), changes.Position);
        var none = await Store.ChangesAfterAsync(changes.Position);
        Assert.Equal((changes.Position, 0, 0, 0), (none.Position, none.ClaimIds.Count, none.Claims.Count, none.Sources.Count));
    }

    [Fact]
    public async Task A_catalog_catches_up_with_an_import_that_did_not_go_through_it()
    {
        // A second store of the backend under test; the catalog owns it and closes it.
        var catalog = await ClaimCatalog.LoadAsync(await OpenNewStoreAsync(TestData.Seed), TestData.Geodata.Areas);
        await using (catalog)
        {
            await catalog.Store.ImportAsync([TestData.PointDraft("imported-claim", 71.2, 37.4)], new ImportOptions(Actor: "cli"));

            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (catalog.Current.Data.FindClaim("imported-claim") is null)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the catalog did not catch up within 10 s");
                await Task.Delay(50);
            }

            Assert.Contains("imported-claim", catalog.Current.Index.Query(new Core.Queries.ClaimFilter { Region = "AF-BDS" }).Select(c => c.Id));
        }
    }
}
