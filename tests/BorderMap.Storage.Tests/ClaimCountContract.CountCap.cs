using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Facets and histograms under a count cap (<see cref="ClaimFacets.CountCap"/>, lowered here so a
/// few claims cross it): with no time budget to count exactly, an answer is either exact and
/// unflagged, or flagged <c>AtLeast</c> with every count a true lower bound of the reference's, never
/// a count above what matches; with a budget the store meets, every answer is exact and unflagged.
/// </summary>
public abstract partial class ClaimCountContract
{
    private const int LowCap = 3;

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Under_a_low_count_cap_counts_are_exact_within_the_time_budget_and_exact_or_flagged_lower_bounds_without_it(string query, Expect expect)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);
        var expected = reference.Facets(filter);
        AssertExpected(expect, expected.Total, reference.All.Count);
        Store.CountCap = LowCap;

        Store.CountBudget = TimeSpan.Zero;
        var answered = await Store.FacetsAsync(filter);
        AssertExactOrLowerBound(expected, answered);
        foreach (var size in Enum.GetValues<DateBinSize>())
        {
            var histogram = await Store.HistogramAsync(filter, size);
            Assert.Equal(answered.AtLeast, histogram.AtLeast);
            AssertExactOrLowerBound(reference.Histogram(filter, size), histogram);
        }

        Store.CountBudget = TimeSpan.FromSeconds(30);
        answered = await Store.FacetsAsync(filter);
        Assert.False(answered.AtLeast, $"{expected.Total} claims counted within the budget are not a lower bound");
        AssertFacetsEqual(expected, answered);
        foreach (var size in Enum.GetValues<DateBinSize>())
        {
            var histogram = await Store.HistogramAsync(filter, size);
            Assert.False(histogram.AtLeast);
            Assert.Equal(reference.Histogram(filter, size), histogram.Bins);
        }
    }

    [Theory]
    [InlineData("q=taliban")]
    [InlineData("bbox=69,36,72,38")]
    [InlineData("actor=taliban")]
    public async Task A_filter_read_claim_by_claim_past_the_cap_answers_flagged_lower_bounds(string query)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);
        Store.CountCap = LowCap;
        Store.CountBudget = TimeSpan.Zero;
        Assert.True(reference.Facets(filter).Total > LowCap + 1, "the filter must match more claims than the cap and one more");

        var answered = await Store.FacetsAsync(filter);
        var histogram = await Store.HistogramAsync(filter, DateBinSize.Month);

        Assert.True(answered.AtLeast);
        Assert.Equal(LowCap + 1, answered.Total);
        Assert.True(histogram.AtLeast);
        Assert.Equal(LowCap + 1, histogram.Bins.Sum(bin => bin.Count));
        AssertExactOrLowerBound(reference.Facets(filter), answered);
    }

    private static void AssertExactOrLowerBound(ClaimFacets expected, ClaimFacets answered)
    {
        if (!answered.AtLeast)
        {
            AssertFacetsEqual(expected, answered);
            return;
        }

        Assert.True(expected.Total > LowCap, $"flagged as a lower bound, but only {expected.Total} claims match");
        Assert.Equal(LowCap + 1, answered.Total);
        AssertLowerBounds(expected.Categories, answered.Categories);
        AssertLowerBounds(expected.Statuses, answered.Statuses);
        AssertLowerBounds(expected.Precisions, answered.Precisions);
        AssertLowerBounds(expected.Actors, answered.Actors);
        AssertLowerBounds(expected.Regions, answered.Regions);
    }

    private static void AssertExactOrLowerBound(IReadOnlyList<DateBin> expected, DateHistogram answered)
    {
        if (!answered.AtLeast)
        {
            Assert.Equal(expected, answered.Bins);
            return;
        }

        Assert.True(expected.Sum(bin => bin.Count) > LowCap);
        var exact = expected.ToDictionary(bin => bin.Start, bin => bin.Count);
        Assert.All(answered.Bins, bin => Assert.InRange(bin.Count, 1, exact.GetValueOrDefault(bin.Start)));
    }

    private static void AssertLowerBounds(IReadOnlyList<FacetCount> expected, IReadOnlyList<FacetCount> answered)
    {
        var exact = expected.ToDictionary(count => count.Value, count => count.Count, StringComparer.Ordinal);
        Assert.All(answered, count => Assert.InRange(count.Count, 1, exact.GetValueOrDefault(count.Value)));
    }
}
