using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>Source reliability (Admiralty A–F): set on a source, defaulted per publisher, and filtered on through the store's filter.</summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task A_source_keeps_its_reliability_and_its_publisher_s_next_source_gets_it_by_default()
    {
        var rated = await Store.RegisterSourceAsync(new SourceDraft("Wire report", "Example Wire", "en", null, null, "2021-07-06", [], "One.", Reliability: "B"));
        var next = await Store.RegisterSourceAsync(new SourceDraft("Wire follow-up", "Example Wire", "en", null, null, "2021-07-07", [], "Two."));
        var other = await Store.RegisterSourceAsync(new SourceDraft("Blog post", "Example Blog", "en", null, null, "2021-07-07", [], "Three."));

        Assert.Equal(("B", "B", null), (rated.Reliability, next.Reliability, other.Reliability));
        Assert.Equal("B", (await Store.FindSourceAsync(next.Id))!.Reliability);
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => Store.RegisterSourceAsync(new SourceDraft("Bad", "X", "en", null, null, "2021-07-07", [], "Four.", Reliability: "G")));
        Assert.Equal("reliability", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public async Task The_reliability_criterion_keeps_the_claims_of_sources_with_those_grades()
    {
        var source = await Store.RegisterSourceAsync(new SourceDraft("Rated report", "Example Wire", "en", null, null, "2021-07-09", [], "Troops were seen near Fayzabad.", Reliability: "C"));
        await Store.CreateClaimAsync(TestData.PointDraft("rated-claim").With(d => d with { Source = source.Id, Quote = new Quote("Troops were seen near Fayzabad.", 0, 31) }), "ana");

        Assert.Equal(["rated-claim"], (await Store.QueryAsync(ClaimFilter.All with { Reliabilities = new HashSet<string> { "C", "D" } })).Select(c => c.Id));
        Assert.Empty(await Store.QueryAsync(ClaimFilter.All with { Reliabilities = new HashSet<string> { "A" } }));
        Assert.Equal(1, (await Store.FacetsAsync(ClaimFilter.All with { Reliabilities = new HashSet<string> { "C" } })).Total);
    }

    [Fact]
    public async Task A_single_claim_in_a_map_tile_carries_its_sources_reliability_and_its_credibility_for_styling()
    {
        var source = await Store.RegisterSourceAsync(new SourceDraft("Rated report", "Example Wire", "en", null, null, "2021-07-09", [], "Troops were seen near Fayzabad.", Reliability: "E"));
        var claim = await Store.CreateClaimAsync(TestData.PointDraft("rated-claim").With(d => d with { Source = source.Id, Quote = new Quote("Troops were seen near Fayzabad.", 0, 31), Credibility = 5 }), "ana");
        var tile = ReferenceTiles.Holding(claim.Anchor, 14);

        var feature = TileDecoding.Decode(await Store.TileAsync(ClaimFilter.All, tile), tile).Single(f => f.Text("id") == "rated-claim");

        Assert.Equal(("E", 5L), (feature.Text("reliability"), feature.Number("credibility")));
    }
}
