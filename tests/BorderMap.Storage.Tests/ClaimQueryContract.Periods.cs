using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Events;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Every backend matches a date range against each claim's <see cref="ClaimPeriod"/>: a claim dated
/// "July 2021" (month precision, stored as 2021-07-01) is in the list, the counts and the histogram
/// for any range that meets July, and in none that does not; an event is in a page for any range
/// that meets its span; and a store written when the days were the stated dates widens them when opened.
/// </summary>
public abstract partial class ClaimQueryContract
{
    private const string July = "july-2021-crossings";

    private async Task<Claim> CreateJulyClaimAsync() =>
        await Store.CreateClaimAsync(TestData.PointDraft(July).With(d => d with { EventDate = "2021-07-01", TimePrecision = "month", Category = "refugees" }), "ana");

    [Theory]
    [InlineData("from=2021-07-15&to=2021-07-15", true)]
    [InlineData("from=2021-07-31&to=2021-08-04", true)]
    [InlineData("from=2021-06-20&to=2021-07-01", true)]
    [InlineData("to=2021-06-30", false)]
    [InlineData("from=2021-08-01&to=2021-08-31", false)]
    public async Task A_claim_dated_to_a_month_is_matched_by_any_range_meeting_that_month_and_by_no_other(string query, bool matched)
    {
        await CreateJulyClaimAsync();
        var filter = Parse(query);

        var listed = await Store.QueryAsync(filter);
        Assert.Equal(matched, listed.Any(c => c.Id == July));
        // The counts read the pre-counted days, the list the claims: both find the same claims.
        Assert.Equal(listed.Count, (await Store.FacetsAsync(filter)).Total);
        Assert.Equal(listed.Count, (await Store.HistogramAsync(filter, DateBinSize.Day)).Bins.Sum(bin => bin.Count));
        var inBox = Parse(query + "&bbox=70.8,37,71,37.2");
        Assert.Equal(matched, (await Store.QueryAsync(inBox)).Any(c => c.Id == July));
    }

    [Fact]
    public async Task An_event_is_paged_for_a_range_meeting_its_span_and_left_out_of_any_other()
    {
        await CreateJulyClaimAsync();
        var created = await Events.CreateEventAsync(new EventDraft(null, "Crossings through July", null, [July], null, null), null);

        async Task<bool> PagedAsync(DateOnly? first, DateOnly? last) =>
            (await Events.EventPageAsync(null, IEventStore.MaxPageSize, null, first, last)).Events.Any(e => e.Event.Id == created.Id);

        Assert.True(await PagedAsync(new DateOnly(2021, 7, 20), new DateOnly(2021, 7, 20)));
        Assert.True(await PagedAsync(null, new DateOnly(2021, 7, 1)));
        Assert.False(await PagedAsync(new DateOnly(2021, 8, 1), null));
        Assert.False(await PagedAsync(new DateOnly(2021, 6, 1), new DateOnly(2021, 6, 30)));
    }

    [Fact]
    public async Task A_store_from_before_claim_periods_widens_them_when_opened()
    {
        await ImportQueryClaimSetAsync();
        await CreateJulyClaimAsync();
        await Backend.ForgetClaimPeriodsAsync();
        var stated = Parse("from=2021-07-20&to=2021-07-20");
        Assert.DoesNotContain(July, (await Store.QueryAsync(stated)).Select(c => c.Id));

        await using var reopened = await Backend.OpenSameStoreAsync();

        Assert.Contains(July, (await reopened.QueryAsync(stated)).Select(c => c.Id));
        var reference = await ReferenceClaims.ReadAsync(reopened);
        foreach (var filter in new[] { stated, Parse("from=2021-03-01&to=2021-05-15"), Parse("region=AF-BDS&from=2021-07-01&to=2021-08-15") })
        {
            Assert.Equal(reference.Ids(filter), (await reopened.QueryAsync(filter)).Select(c => c.Id).ToList());
            AssertFacetsEqual(reference.Facets(filter), await reopened.FacetsAsync(filter));
            Assert.Equal(reference.Histogram(filter, DateBinSize.Week), (await reopened.HistogramAsync(filter, DateBinSize.Week)).Bins);
        }
    }
}
