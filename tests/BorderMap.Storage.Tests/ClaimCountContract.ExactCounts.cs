using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Counts asked for exactly (<see cref="CountMode.Exact"/>, a user's click on "N+"): whatever the
/// ordinary budget and cap, they are the reference's counts, unflagged, while their own budget lasts,
/// and a flagged lower bound when it is gone.
/// </summary>
public abstract partial class ClaimCountContract
{
    [Theory]
    [InlineData("q=taliban")]
    [InlineData("bbox=69,36,72,38")]
    [InlineData("bbox=69,36,72,38&from=2021-07-01&to=2021-08-31")]
    [InlineData("actor=taliban&q=badakhshan")]
    public async Task Counts_asked_for_exactly_are_exact_where_the_budget_gives_a_lower_bound(string query)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);
        var expected = reference.Facets(filter);
        Store.CountCap = LowCap;
        Store.CountBudget = TimeSpan.Zero;
        Store.CountExactBudget = TimeSpan.FromSeconds(30);
        Assert.True(expected.Total > LowCap + 1, "the filter must match more claims than the cap and one more");
        Assert.True((await Store.FacetsAsync(filter)).AtLeast);

        var exact = await Store.FacetsAsync(filter, CountMode.Exact);

        Assert.False(exact.AtLeast);
        AssertFacetsEqual(expected, exact);
        foreach (var size in Enum.GetValues<DateBinSize>())
        {
            var histogram = await Store.HistogramAsync(filter, size, CountMode.Exact);
            Assert.False(histogram.AtLeast);
            Assert.Equal(reference.Histogram(filter, size), histogram.Bins);
        }
    }

    [Fact]
    public async Task A_count_asked_for_exactly_without_the_time_to_finish_answers_the_flagged_lower_bound()
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse("q=taliban");
        Store.CountCap = LowCap;
        Store.CountExactBudget = TimeSpan.Zero;

        var answered = await Store.FacetsAsync(filter, CountMode.Exact);

        Assert.True(answered.AtLeast);
        Assert.Equal(LowCap + 1, answered.Total);
        AssertExactOrLowerBound(reference.Facets(filter), answered);
    }
}
