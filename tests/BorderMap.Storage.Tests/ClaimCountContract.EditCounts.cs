using BorderMap.Core.Claims;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// An edit rewrites only what it changed of a claim's derived rows (its areas, actors, search key,
/// summary), so each kind of partial edit in turn must leave the cluster tiles, facets, histograms,
/// region actors and areas and the text search exactly as the reference counts them.
/// </summary>
public abstract partial class ClaimCountContract
{
    private static readonly (string What, Func<ClaimData, ClaimData> Edit)[] PartialEdits =
    [
        ("text only", d => d with { Title = d.Title + " (corrected)", Note = "Constructed note, edited." }),
        ("one actor swapped", d => d with { Actors = ["Tester", "Constructed militia"] }),
        ("an area added", d => d with { Areas = ["AF-BDS", "TJ-GB"] }),
        ("an area dropped, an actor dropped", d => d with { Areas = ["TJ-GB"], Actors = ["Constructed militia"] }),
        ("dates and kind", d => d with { EventDate = "2021-07-20", Category = "refugees", Status = "disputed" }),
        ("everything at once", d => d with { Title = "Constructed claim, rewritten", Actors = [], Areas = ["AF-BDS"], EventDate = "2021-07-06", Category = "statement" }),
        ("nothing", d => d),
    ];

    [Fact]
    public async Task Each_kind_of_partial_edit_keeps_every_count_and_the_search_exact()
    {
        await ImportQueryClaimSetAsync();
        var tile = ReferenceTiles.Holding(Fayzabad, 5);
        var claim = await Store.CreateClaimAsync(TestData.PointDraft("edited-piecewise"), "ana");
        foreach (var (what, edit) in PartialEdits)
        {
            claim = await Store.UpdateClaimAsync(claim.Id, claim.Data.Version, ClaimDraft.Of(claim with { Data = edit(claim.Data) }), "ana");

            await AssertClustersMatchStoreAsync(tile);
            var reference = await ReferenceClaims.ReadAsync(Store);
            foreach (var filter in new[] { "region=AF-BDS", "region=TJ-GB&from=2021-07-01", "q=corrected", "q=rewritten", "actor=Constructed militia" }.Select(Parse))
            {
                Assert.True(reference.Facets(filter).Total == (await Store.FacetsAsync(filter)).Total, $"after '{what}': {filter}");
                AssertFacetsEqual(reference.Facets(filter), await Store.FacetsAsync(filter));
                Assert.Equal(reference.Ids(filter), await PagedIdsAsync(Store, filter));
            }
        }
    }
}
