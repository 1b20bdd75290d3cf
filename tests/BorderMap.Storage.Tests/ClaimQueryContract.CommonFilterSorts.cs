using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A sorted list whose filter passes most of the claims it could walk past: a box that holds nearly
/// every claim, alone, with a common word, a rare word, a category, a date window (with a common
/// word, with a rare one, with a category) or a common word and categories, and a date window with a common or a
/// rare word, or a common word and a category. A store may walk the sort's index and test each claim, stop after a
/// bounded run, and fall back to the filter's own indexes when the run holds less than a page; every
/// sort, walked a few claims a page through the cursor, must give the reference's claims in its
/// order whichever way each page was found.
/// </summary>
public abstract partial class ClaimQueryContract
{
    /// <summary>A box around the whole claim set.</summary>
    private const string WholeSetBox = "bbox=60,30,80,45";

    /// <summary>A word only <see cref="RareWordClaims"/> of the claims have.</summary>
    private const string RareWord = "vanj";

    private const int RareWordClaims = 4;

    public static TheoryData<string> CommonFilters() =>
    [
        WholeSetBox,
        WholeSetBox + "&q=badakhshan",
        WholeSetBox + "&q=" + RareWord,
        WholeSetBox + "&category=statement",
        WholeSetBox + "&from=2021-06-01&to=2021-08-31",
        WholeSetBox + "&from=2021-06-01&to=2021-08-31&q=badakhshan",
        WholeSetBox + "&q=badakhshan&category=refugees,statement",
        WholeSetBox + "&to=2021-07-31&q=" + RareWord,
        WholeSetBox + "&from=2021-06-01&to=2021-08-31&category=statement",
        "from=2021-06-01&to=2021-08-31&q=badakhshan",
        "from=2000-01-01&q=badakhshan&category=refugees",
        "from=2000-01-01&q=" + RareWord,
        "to=2021-07-31&q=" + RareWord + "&category=statement,refugees",
    ];

    [Theory]
    [MemberData(nameof(CommonFilters))]
    public async Task Every_sort_under_a_filter_of_most_claims_or_a_rare_word_gives_the_reference_order(string query)
    {
        await ImportQueryClaimSetAsync();
        for (var i = 0; i < RareWordClaims; i++)
        {
            await Store.CreateClaimAsync(TestData.PointDraft($"ferry-{i}", 70 + (i * 0.4), 37.5).With(d => d with { Title = $"Ferry halted at Vanj {i}", EventDate = $"2021-07-0{i + 1}", ReportedDate = $"2021-07-0{i + 1}" }), "ana");
        }

        await Backend.AnalyzeAsync();
        await AssertEverySortWalksInReferenceOrderAsync(query);
    }

    /// <summary>Every sort, both ways, walked three claims a page through the cursor, gives the reference's claims under <paramref name="query"/> in its order.</summary>
    private async Task AssertEverySortWalksInReferenceOrderAsync(string query)
    {
        var reference = await ReferenceClaims.ReadAsync(Store);
        var filter = Parse(query);
        Assert.True(reference.Query(filter).Count > 3, "the filter should match several pages of claims");

        foreach (var name in ClaimSort.FieldNames.Skip(1).SelectMany(field => new[] { field, "-" + field }))
        {
            Assert.True(ClaimSort.TryParse(name, out var sort));
            Assert.Equal(SortedIds(reference, filter, sort), await WalkSortedAsync(filter, sort, 3));
        }
    }
}
