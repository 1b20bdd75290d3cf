using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract's writes on the PostGIS backend (each test with its own database), and the upgrades only PostGIS has.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisStoreTests(PostGisServer server) : ClaimStoreContract
{
    protected override PostGisContractBackend Backend { get; } = new(server);

    [Fact]
    public async Task Opening_a_store_from_before_schema_22_drops_its_unused_date_indexes_and_records_the_version()
    {
        await Backend.ForgetUnusedIndexesDroppedAsync();
        Assert.Equal(["claims_event_date_idx", "claims_period_idx"], await PostGisCatalog.LinesAsync(Backend.Database, UnusedIndexes));

        await using var reopened = await Backend.OpenSameStoreAsync();

        Assert.Empty(await PostGisCatalog.LinesAsync(Backend.Database, UnusedIndexes));
        Assert.Equal(["22"], await PostGisCatalog.LinesAsync(Backend.Database, "SELECT version::text FROM schema_version WHERE version = 22"));
    }

    [Fact]
    public async Task Opening_a_store_from_before_schema_24_gives_each_single_claim_in_a_tile_its_date_precision_and_place()
    {
        var claim = await Store.CreateClaimAsync(TestData.PointDraft().With(d => d with { TimePrecision = "week", Place = "Ishkashim" }), "ana");
        await Backend.ExecuteAsync($"ALTER TABLE claims DROP COLUMN time_precision, DROP COLUMN place; DELETE FROM schema_version WHERE version = {PostGisContractBackend.VersionOf(TileFieldsMigration.Sql)}");

        await using var reopened = await Backend.OpenSameStoreAsync();

        var tile = ReferenceTiles.Holding(claim.Anchor, 14);
        var feature = TileDecoding.Decode(await reopened.TileAsync(ClaimFilter.All, tile), tile).Single(f => f.Text("id") == claim.Id);
        Assert.Equal(("week", "Ishkashim"), (feature.Text("timePrecision"), feature.Text("place")));
    }

    [Fact]
    public async Task Opening_a_store_from_before_schema_27_keeps_month_rows_only_where_tiles_read_months_and_edits_add_no_others()
    {
        await Store.ImportAsync([.. Enumerable.Range(0, 40).Select(i => TestData.PointDraft($"spread-{i}", lon: 67.5 + (i * 0.13), lat: 36.6 + (i % 9 * 0.21)))], new ImportOptions());
        const string Zooms = "SELECT string_agg(DISTINCT zoom::text, ',' ORDER BY zoom::text) FROM claim_cell_months";
        Assert.Equal(["6,8"], await PostGisCatalog.LinesAsync(Backend.Database, Zooms));
        var kept = await PostGisCatalog.LinesAsync(Backend.Database, CellMonthRows);

        await Backend.ExecuteAsync(
            "INSERT INTO claim_cell_months SELECT zoom, cell_x, cell_y, date_trunc('month', start_day)::date, date_trunc('month', end_day)::date, " +
            "category, status, geo_precision, sum(count), sum(sum_x), sum(sum_y) FROM claim_cell_days WHERE zoom > 8 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8; " +
            $"DELETE FROM schema_version WHERE version = {PostGisContractBackend.VersionOf(CellMonthZoomsMigration.Sql)}");
        Assert.Equal(["10,12,14,6,8"], await PostGisCatalog.LinesAsync(Backend.Database, Zooms));

        await using var reopened = await Backend.OpenSameStoreAsync();
        Assert.Equal(["6,8"], await PostGisCatalog.LinesAsync(Backend.Database, Zooms));
        Assert.Equal(kept, await PostGisCatalog.LinesAsync(Backend.Database, CellMonthRows));

        await reopened.UpdateClaimAsync("spread-3", 1, TestData.PointDraft("spread-3", lon: 70.9, lat: 37.9), null);
        await reopened.CreateClaimAsync(TestData.PointDraft("spread-new", lon: 71.3, lat: 38.1), null);
        Assert.Equal(["6,8"], await PostGisCatalog.LinesAsync(Backend.Database, Zooms));
    }

    [Fact]
    public async Task Opening_a_store_from_before_schema_29_finds_a_number_with_a_repeated_digit_and_not_the_shorter_one()
    {
        await Store.CreateClaimAsync(TestData.PointDraft("column-1100").With(d => d with { Note = "A column of 1100 men." }), "ana");
        await Store.CreateClaimAsync(TestData.PointDraft("column-110").With(d => d with { Note = "A column of 110 men." }), "ana");
        // The key an earlier release wrote: each run of one digit collapsed, so "1100" is nowhere in it.
        await Backend.ExecuteAsync(
            "UPDATE claims SET search_key = replace(search_key, '1100', '10') WHERE id = 'column-1100'; " +
            $"DELETE FROM schema_version WHERE version = {PostGisContractBackend.VersionOf(SearchKeyDigitsMigration.Sql)}");
        Assert.DoesNotContain("column-1100", (await Store.QueryAsync(new ClaimFilter { Text = "1100" })).Select(c => c.Id));

        await using var reopened = await Backend.OpenSameStoreAsync();

        Assert.Equal(["column-1100"], (await reopened.QueryAsync(new ClaimFilter { Text = "1100" })).Select(c => c.Id).Where(id => id.StartsWith("column-", StringComparison.Ordinal)));
        Assert.Equal(["column-110", "column-1100"], (await reopened.QueryAsync(new ClaimFilter { Text = "110" })).Select(c => c.Id).Where(id => id.StartsWith("column-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    private const string CellMonthRows = "SELECT concat_ws(' ', zoom, cell_x, cell_y, start_month, end_month, category, count) FROM claim_cell_months ORDER BY 1";

    private const string UnusedIndexes =
        "SELECT indexname FROM pg_indexes WHERE tablename = 'claims' AND indexname IN ('claims_event_date_idx', 'claims_period_idx') ORDER BY 1";
}
