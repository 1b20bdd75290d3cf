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
public abstract partial class ClaimStoreContract
{

    /// <summary>How many claims a filter should let through, so that a filter that filters nothing (or everything) cannot pass unnoticed.</summary>
    public enum Expect
    {
        Some,
        None,
        All,
    }

    public static TheoryData<string, Expect> Filters() => new()
    {
        { "", Expect.All },
        { "bbox=69,36,72,38", Expect.Some },
        { "bbox=70,37,70.5,37.5", Expect.Some },
        { "bbox=68.7,37.6,68.8,37.7", Expect.Some },
        { "from=2021-07-01&to=2021-07-30", Expect.Some },
        { "from=2021-07-31&to=2021-07-31", Expect.Some },
        { "from=2022-06-01", Expect.Some },
        { "to=2021-02-01", Expect.Some },
        { "bbox=66,35,72,39&from=2021-06-01&to=2021-06-30", Expect.Some },
        { "category=troop-movement,refugees", Expect.Some },
        { "category=", Expect.None },
        { "status=disputed", Expect.Some },
        { "precision=1,3", Expect.Some },
        { "precision=", Expect.None },
        { "actor=taliban", Expect.Some },
        { "actor=ПОГРАНИЧНИКИ,csto", Expect.Some },
        { "actor=nobody", Expect.None },
        { "actor=", Expect.None },
        { "region=AF-BDS", Expect.Some },
        { "region=AF-KAN", Expect.Some },
        { "region=TJ", Expect.Some },
        { "region=AF-HEL&from=2021-01-01&to=2021-12-31", Expect.Some },
        { "region=AF-BDS&category=statement,troop-movement&status=reported,disputed&precision=2,3&from=2021-03-01", Expect.Some },
        { "q=Kunduz", Expect.Some },
        { "q=Бадахшан", Expect.Some },
        { "q=helikopter", Expect.Some },
        { "q=shelling", Expect.Some },
        { "q=satellite", Expect.Some },
        { "q=taliban khorog", Expect.Some },
        { "q=zzyzx", Expect.None },
        { "q=badakhshan&region=TJ-GB&from=2022-01-01", Expect.Some },
    };

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

    /// <summary>Adds <see cref="QueryClaimSet"/> to the seed, and answers the reference over every claim then in the store.</summary>
    private async Task<ReferenceClaims> ImportQueryClaimSetAsync()
    {
        await Store.ImportAsync(QueryClaimSet.Drafts(), new ImportOptions());
        return await ReferenceClaims.ReadAsync(Store);
    }

    /// <summary>Checks that the reference lets through as many claims as the filter was written for, so a filter that filters nothing (or everything) cannot pass unnoticed.</summary>
    private static void AssertExpected(Expect expect, int matched, int total)
    {
        switch (expect)
        {
            case Expect.None:
                Assert.Equal(0, matched);
                break;
            case Expect.All:
                Assert.Equal(total, matched);
                break;
            default:
                Assert.InRange(matched, 1, total - 1);
                break;
        }
    }

    private static ClaimFilter Parse(string query)
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var (filter, problems) = new ClaimFilterParser(TestData.Geodata.Areas).Parse(parameters.GetValueOrDefault);
        Assert.Empty(problems);
        return filter!;
    }
}
