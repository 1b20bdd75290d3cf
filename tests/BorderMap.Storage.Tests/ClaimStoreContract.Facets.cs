using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.FacetsAsync"/> and <see cref="IClaimStore.HistogramAsync"/> on every
/// backend count exactly what the reference counts, for every filter of <see cref="Filters"/>.
/// </summary>
public abstract partial class ClaimStoreContract
{
    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Facets_and_histograms_by_day_week_and_month_equal_the_reference(string query, Expect expect)
    {
        var reference = await ImportQueryClaimSetAsync();
        var filter = Parse(query);
        var expected = reference.Facets(filter);
        AssertExpected(expect, expected.Total, reference.All.Count);

        AssertFacetsEqual(expected, await Store.FacetsAsync(filter));
        foreach (var size in Enum.GetValues<DateBinSize>())
        {
            Assert.Equal(reference.Histogram(filter, size), (await Store.HistogramAsync(filter, size)).Bins);
        }
    }

    private static void AssertFacetsEqual(ClaimFacets expected, ClaimFacets answered)
    {
        Assert.Equal(expected.Total, answered.Total);
        Assert.Equal(expected.Categories, answered.Categories);
        Assert.Equal(expected.Statuses, answered.Statuses);
        Assert.Equal(expected.Precisions, answered.Precisions);
        Assert.Equal(expected.Actors, answered.Actors);
        Assert.Equal(expected.Regions, answered.Regions);
    }
}
