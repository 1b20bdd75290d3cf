using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.FacetsAsync"/> and <see cref="IClaimStore.HistogramAsync"/> on every
/// backend count exactly what the reference counts, for every filter of <see cref="Filters"/>.
/// </summary>
public abstract partial class ClaimCountContract : StoreContract
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

}
