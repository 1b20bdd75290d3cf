using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Long date ranges read whole months from the month rollups and only their edge months from the
/// day tables: on every backend the cluster tiles, the facets (actors and areas included) and the
/// histogram by day, week and month still equal the reference, for ranges whose ends fall inside
/// months, on month edges or in one month, open on one side, with a region and with lists; with
/// claims spanning months and claims dated to a week, a month or a year (widened by
/// <see cref="ClaimPeriod"/>); after an update that moves a claim's months, a delete, and on a
/// store from before the rollups, which rolls up its days when opened.
/// </summary>
public abstract partial class ClaimCountContract
{
    private static readonly string[] MonthWindows =
    [
        "from=2021-01-15&to=2021-12-10",
        "from=2021-02-01&to=2022-01-31",
        "from=2021-03-31&to=2021-04-01",
        "from=2021-06-03&to=2021-06-17",
        "from=2021-11-20",
        "to=2021-05-09",
        "region=AF-BDS&from=2021-01-20&to=2022-03-05",
        "category=refugees,statement&status=reported&precision=2,3&from=2021-02-14&to=2022-11-30",
    ];

    [Fact]
    public async Task Long_ranges_count_each_claim_across_month_edges_once_after_every_write()
    {
        await ImportQueryClaimSetAsync();
        var spanning = await Store.CreateClaimAsync(
            TestData.PointDraft("spans-three-months").With(d => d with { EventDate = "2021-01-28", EndDate = "2021-03-03", Category = "refugees", Status = "reported" }), "ana");
        var april = await Store.CreateClaimAsync(
            TestData.PointDraft("dated-to-april", lon: 71.2, lat: 37.4).With(d => d with { EventDate = "2021-04-01", TimePrecision = "month" }), "ana");
        await AssertMonthWindowsMatchAsync(Store);

        await Store.UpdateClaimAsync(spanning.Id, spanning.Data.Version, ClaimDraft.Of(spanning with { Data = spanning.Data with { EventDate = "2021-03-31", EndDate = "2021-12-01" } }), "ana");
        await Store.DeleteClaimAsync(april.Id, april.Data.Version, "ana");
        await AssertMonthWindowsMatchAsync(Store);
    }

    [Fact]
    public async Task A_store_from_before_the_month_rollups_rolls_up_its_days_when_opened_and_keeps_them()
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetMonthRollupsAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();
        await AssertMonthWindowsMatchAsync(reopened);

        await reopened.CreateClaimAsync(TestData.PointDraft("after-reopen").With(d => d with { EventDate = "2021-05-31", EndDate = "2021-06-01" }), "ana");
        await AssertMonthWindowsMatchAsync(reopened);
    }

    private static async Task AssertMonthWindowsMatchAsync(IClaimStore store)
    {
        var reference = await ReferenceClaims.ReadAsync(store);
        // Zooms 0 and 2 read the cells by months, 5 and 8 by days (ClusterCellDays.ByMonths).
        var tiles = new[] { new TileAddress(0, 0, 0), ReferenceTiles.Holding(Fayzabad, 2), ReferenceTiles.Holding(Fayzabad, 5), ReferenceTiles.Holding(Fayzabad, 8) };
        foreach (var filter in MonthWindows.Select(Parse))
        {
            var expected = reference.Facets(filter);
            AssertExpected(Expect.Some, expected.Total, reference.All.Count);
            AssertFacetsEqual(expected, await store.FacetsAsync(filter));
            foreach (var size in Enum.GetValues<DateBinSize>())
            {
                Assert.Equal(reference.Histogram(filter, size), (await store.HistogramAsync(filter, size)).Bins);
            }

            foreach (var tile in filter.Region is null ? tiles : [])
            {
                AssertClustersEqual(ReferenceTiles.Clusters(ReferenceTiles.In(reference.Query(filter), tile), tile), TileDecoding.Decode(await store.TileAsync(filter, tile), tile));
            }
        }
    }
}
