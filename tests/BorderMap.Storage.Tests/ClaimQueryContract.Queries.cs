using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.PageAsync"/> on every backend answers exactly what the in-memory
/// <see cref="ReferenceClaims"/> answers over the same claims, in the same order, here over the seed
/// plus <see cref="QueryClaimSet"/>. Each filter is written as the API's query string and read by
/// the API's parser, so the filters are the ones users send.
/// </summary>
public abstract partial class ClaimQueryContract : StoreContract
{
    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_store_answers_a_filter_exactly_as_the_in_memory_index_does(string query, Expect expect)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);
        var expected = reference.Ids(filter);
        AssertExpected(expect, expected.Count, reference.All.Count);

        var answered = (await Store.QueryAsync(filter)).Select(c => c.Id).ToList();

        Assert.Equal(expected, answered);
    }

    [Fact]
    public async Task A_claim_naming_a_region_is_found_by_region_though_placed_elsewhere_and_claims_by_reference_too()
    {
        await ImportQueryClaimSetAsync();
        var inRegion = await Store.QueryAsync(Parse("region=AF-BDS"));
        var ids = inRegion.Select(c => c.Id).ToHashSet();
        var badakhshan = TestData.Geodata.Areas.Find("AF-BDS")!.Geometry;

        Assert.Contains(inRegion, c => c.Data.Areas.Contains("AF-BDS") && !badakhshan.Covers(c.Geometry));
        Assert.Contains(inRegion, c => c.Data.Refs.SequenceEqual(["region:AF-BDS", "region:AF-KAN"]));
        Assert.Contains(inRegion, c => c.Data.Refs.SequenceEqual(["border:TJ/AF-BDS", "region:AF-HEL"]));
        Assert.DoesNotContain(await Store.ClaimsAsync(), c => c.Data.Refs.SequenceEqual(["region:TJ-KT"]) && ids.Contains(c.Id));
    }

    [Fact]
    public async Task A_change_is_answered_at_once_and_a_deleted_claim_is_gone()
    {
        var window = Parse("bbox=62.5,31.5,62.6,31.6&from=2023-05-01&to=2023-05-31");
        var draft = TestData.PointDraft("moved-claim", 62.55, 31.55).With(d => d with { EventDate = "2023-05-10", ReportedDate = "2023-05-10" });

        var created = await Store.CreateClaimAsync(draft, "ana");
        var found = await Store.QueryAsync(window);
        await Store.DeleteClaimAsync(created.Id, created.Data.Version, "ana");

        Assert.Equal(["moved-claim"], found.Select(c => c.Id));
        Assert.Empty(await Store.QueryAsync(window));
    }

    [Fact]
    public async Task The_source_criterion_keeps_the_claims_that_quote_that_source_only()
    {
        var other = await Store.RegisterSourceAsync(new SourceDraft("Other report", "Example News", "en", null, null, "2021-07-09", [], "Troops were seen near Fayzabad."));
        var draft = TestData.PointDraft("quotes-other-source").With(d => d with { Source = other.Id, Quote = new Quote("Troops were seen near Fayzabad.", 0, 31) });
        await Store.CreateClaimAsync(draft, "ana");
        var seedCount = (await Store.ClaimsAsync()).Count(c => c.Data.Source == TestData.SourceId);

        var ofOther = await Store.QueryAsync(ClaimFilter.All with { Source = other.Id });
        var ofSeed = await Store.QueryAsync(ClaimFilter.All with { Source = TestData.SourceId });

        Assert.Equal(["quotes-other-source"], ofOther.Select(c => c.Id));
        Assert.Equal(seedCount, ofSeed.Count);
        Assert.True(seedCount > 1, "the seed should hold several claims quoting its source");
        Assert.All(ofSeed, c => Assert.Equal(TestData.SourceId, c.Data.Source));
    }
}
