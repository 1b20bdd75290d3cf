using BorderMap.Core.Queries;
using BorderMap.Storage.PostGis;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract on the PostGIS backend, each test with its own database on the shared throwaway server.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisStoreTests(PostGisServer server) : ClaimStoreContract
{
    private string? _database;

    protected override async Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed)
    {
        _database = await server.NewStoreDatabaseAsync(TestData.Geodata.Areas);
        return PostGisClaimStore.Open(_database, TestData.Geodata.Areas, seed);
    }

    protected override async Task<IClaimStore> OpenSeededCopyAsync()
    {
        _database = await server.NewSeededStoreDatabaseAsync(TestData.Geodata.Areas, TestData.Seed);
        return await OpenSameStoreAsync();
    }

    /// <summary>Puts the database back where migration 6 left it: every later migration is undone, so that reopening applies them again.</summary>
    protected override async Task ForgetCountTablesAsync()
    {
        await ExecuteAsync("DROP TABLE claim_cells, claim_days, claim_cell_days; " + CellAndDayCountFunctions +
            "DROP FUNCTION bordermap_cell_days_inserted, bordermap_cell_days_updated, bordermap_cell_days_deleted CASCADE; " +
            "DROP INDEX claims_by_event_date_idx, claims_by_place_idx, claims_by_title_idx, claims_by_category_idx, claims_by_status_idx; " +
            "DROP TABLE claim_area_values, event_areas; DROP FUNCTION bordermap_area_values_inserted, bordermap_area_values_updated, bordermap_area_values_deleted CASCADE; " +
            "ALTER TABLE events DROP COLUMN status, DROP COLUMN independent_sources; DROP INDEX events_by_box; " +
            MonthRollupsSql +
            "DROP INDEX claims_underived_idx, claims_position_gist_idx, claims_wide_by_event_date_idx; " +
            "ALTER TABLE claims DROP COLUMN time_precision, DROP COLUMN place; " +
            "DELETE FROM schema_version WHERE version >= 7");
    }

    protected override Task AnalyzeAsync() => ExecuteAsync("ANALYZE claims");

    /// <summary>Drops the functions (and with them the triggers) of migration 17 that keep <c>claim_cells</c> and <c>claim_days</c>.</summary>
    private const string CellAndDayCountFunctions =
        "DROP FUNCTION bordermap_cell_counts_inserted, bordermap_cell_counts_updated, bordermap_cell_counts_deleted CASCADE; " +
        "DROP FUNCTION bordermap_day_counts_inserted, bordermap_day_counts_updated, bordermap_day_counts_deleted CASCADE; ";

    /// <summary>Puts back migration 7's <c>claim_cells</c> (one row per cell and category, at every other zoom), counted and kept with the days by its triggers, and undoes migration 17.</summary>
    protected override async Task ForgetCellRowsAsync()
    {
        var cellRows = VersionOf(CellRowsMigration.Sql);
        await ExecuteAsync("DROP TABLE claim_cells; " + CellAndDayCountFunctions + CountTablesMigration.CellTable +
            CountTablesMigration.AddCells($"SELECT {CountTablesMigration.Changed}, 1 AS n FROM claims") + CountTablesMigration.Triggers +
            $"DELETE FROM schema_version WHERE version = {cellRows}");
    }

    /// <summary>Drops the month rollups, the functions and triggers that keep them and the day tables' end-day indexes.</summary>
    private static string MonthRollupsSql => string.Concat(MonthRollup.All.Select(r =>
        $"DROP TABLE IF EXISTS {r.MonthTable}; DROP INDEX IF EXISTS {r.EndDayIndex}; " +
        $"DROP FUNCTION IF EXISTS bordermap_{r.MonthTable}_inserted, bordermap_{r.MonthTable}_updated, bordermap_{r.MonthTable}_deleted CASCADE; "));

    protected override async Task ForgetMonthRollupsAsync()
    {
        var rollups = VersionOf(MonthRollupsMigration.Sql);
        await ExecuteAsync(MonthRollupsSql + $"DELETE FROM schema_version WHERE version = {rollups}");
    }

    /// <summary>Puts the stated dates back in <c>period</c> and undoes only the migration that widens it, so that reopening applies it again (the later ones stay applied).</summary>
    protected override async Task ForgetClaimPeriodsAsync()
    {
        var widening = VersionOf(ClaimPeriodsMigration.Sql);
        await ExecuteAsync("UPDATE claims SET period = daterange(bordermap_day(event_date), bordermap_day(coalesce(end_date, event_date)), '[]'); " +
            $"DELETE FROM schema_version WHERE version = {widening}");
    }

    /// <summary>Builds <c>claim_areas</c> as migration 3 left it (area and claim only) and undoes migration 15, so that reopening applies it again.</summary>
    protected override async Task ForgetRegionFiltersAsync()
    {
        var copies = VersionOf(AreaFiltersMigration.Sql);
        await ExecuteAsync("CREATE TABLE claim_areas_before AS SELECT claim_fid, area_id FROM claim_areas; DROP TABLE claim_areas; " +
            "ALTER TABLE claim_areas_before RENAME TO claim_areas; " +
            "ALTER TABLE claim_areas ADD PRIMARY KEY (area_id, claim_fid), ADD FOREIGN KEY (claim_fid) REFERENCES claims (fid) ON DELETE CASCADE; " +
            "CREATE INDEX claim_areas_claim_idx ON claim_areas (claim_fid); " +
            $"DELETE FROM schema_version WHERE version = {copies}");
    }

    /// <summary>Drops <c>claims.page_json</c> (and with it its index) and undoes migration 16, so that reopening applies it again.</summary>
    protected override Task ForgetPageItemsAsync() =>
        ExecuteAsync($"ALTER TABLE claims DROP COLUMN page_json; DELETE FROM schema_version WHERE version = {VersionOf(PageJsonMigration.Sql)}");

    /// <summary>Builds the box-and-dates index as migration 2 made it (no page position), drops <c>btree_gist</c> and undoes migration 19, so that reopening applies it again.</summary>
    protected override Task ForgetBoxPagePositionsAsync() => ExecuteAsync(
        "DROP INDEX claims_geom_period_idx, claims_position_gist_idx; DROP EXTENSION btree_gist; CREATE INDEX claims_geom_period_idx ON claims USING gist (geom, period); " +
        $"DELETE FROM schema_version WHERE version = {VersionOf(KeysetGistMigration.Sql)}");

    /// <summary>The two indexes of schema 2 that migration 22 drops, built again, and migration 22 undone.</summary>
    protected override Task ForgetUnusedIndexesDroppedAsync() => ExecuteAsync(
        "CREATE INDEX claims_event_date_idx ON claims (event_date); CREATE INDEX claims_period_idx ON claims (period); " +
        $"DELETE FROM schema_version WHERE version = {VersionOf(UnusedClaimIndexesMigration.Sql)}");

    [Fact]
    public async Task Opening_a_store_from_before_schema_22_drops_its_unused_date_indexes_and_records_the_version()
    {
        await ForgetUnusedIndexesDroppedAsync();
        Assert.Equal(["claims_event_date_idx", "claims_period_idx"], await PostGisCatalog.LinesAsync(_database!, UnusedIndexes));

        await using var reopened = await OpenSameStoreAsync();

        Assert.Empty(await PostGisCatalog.LinesAsync(_database!, UnusedIndexes));
        Assert.Equal(["22"], await PostGisCatalog.LinesAsync(_database!, "SELECT version::text FROM schema_version WHERE version = 22"));
    }

    [Fact]
    public async Task Opening_a_store_from_before_schema_24_gives_each_single_claim_in_a_tile_its_date_precision_and_place()
    {
        var claim = await Store.CreateClaimAsync(TestData.PointDraft().With(d => d with { TimePrecision = "week", Place = "Ishkashim" }), "ana");
        await ExecuteAsync($"ALTER TABLE claims DROP COLUMN time_precision, DROP COLUMN place; DELETE FROM schema_version WHERE version = {VersionOf(TileFieldsMigration.Sql)}");

        await using var reopened = await OpenSameStoreAsync();

        var tile = ReferenceTiles.Holding(claim.Anchor, 14);
        var feature = TileDecoding.Decode(await reopened.TileAsync(ClaimFilter.All, tile), tile).Single(f => f.Text("id") == claim.Id);
        Assert.Equal(("week", "Ishkashim"), (feature.Text("timePrecision"), feature.Text("place")));
    }

    protected override async Task<long> CountStoredNewValuesAsync() =>
        long.Parse((await PostGisCatalog.LinesAsync(_database!, "SELECT count(*)::text FROM claim_history WHERE new_value IS NOT NULL")).Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stores the new value past the append-only trigger, as schema 25 and before stored it.</summary>
    protected override Task StoreNewValueAsAnEarlierReleaseAsync(string claimId, int version, string feature) => ExecuteAsync(
        "ALTER TABLE claim_history DISABLE TRIGGER claim_history_append_only; " +
        $"UPDATE claim_history SET new_value = '{feature.Replace("'", "''", StringComparison.Ordinal)}' WHERE claim_id = '{claimId}' AND version = {version};");

    [Fact]
    public async Task Opening_a_store_from_before_schema_27_keeps_month_rows_only_where_tiles_read_months_and_edits_add_no_others()
    {
        await Store.ImportAsync([.. Enumerable.Range(0, 40).Select(i => TestData.PointDraft($"spread-{i}", lon: 67.5 + (i * 0.13), lat: 36.6 + (i % 9 * 0.21)))], new ImportOptions());
        const string Zooms = "SELECT string_agg(DISTINCT zoom::text, ',' ORDER BY zoom::text) FROM claim_cell_months";
        Assert.Equal(["6,8"], await PostGisCatalog.LinesAsync(_database!, Zooms));
        var kept = await PostGisCatalog.LinesAsync(_database!, CellMonthRows);

        await ExecuteAsync(
            "INSERT INTO claim_cell_months SELECT zoom, cell_x, cell_y, date_trunc('month', start_day)::date, date_trunc('month', end_day)::date, " +
            "category, status, geo_precision, sum(count), sum(sum_x), sum(sum_y) FROM claim_cell_days WHERE zoom > 8 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8; " +
            $"DELETE FROM schema_version WHERE version = {VersionOf(CellMonthZoomsMigration.Sql)}");
        Assert.Equal(["10,12,14,6,8"], await PostGisCatalog.LinesAsync(_database!, Zooms));

        await using var reopened = await OpenSameStoreAsync();
        Assert.Equal(["6,8"], await PostGisCatalog.LinesAsync(_database!, Zooms));
        Assert.Equal(kept, await PostGisCatalog.LinesAsync(_database!, CellMonthRows));

        await reopened.UpdateClaimAsync("spread-3", 1, TestData.PointDraft("spread-3", lon: 70.9, lat: 37.9), null);
        await reopened.CreateClaimAsync(TestData.PointDraft("spread-new", lon: 71.3, lat: 38.1), null);
        Assert.Equal(["6,8"], await PostGisCatalog.LinesAsync(_database!, Zooms));
    }

    private const string CellMonthRows = "SELECT concat_ws(' ', zoom, cell_x, cell_y, start_month, end_month, category, count) FROM claim_cell_months ORDER BY 1";

    private const string UnusedIndexes =
        "SELECT indexname FROM pg_indexes WHERE tablename = 'claims' AND indexname IN ('claims_event_date_idx', 'claims_period_idx') ORDER BY 1";

    protected override async Task ForgetEventDerivationAsync()
    {
        await ExecuteAsync("ALTER TABLE events DROP COLUMN status, DROP COLUMN independent_sources; DROP INDEX events_by_box; DELETE FROM schema_version WHERE version = 12");
    }

    /// <summary>The schema version a migration records once applied (its position, counted from 1).</summary>
    private static int VersionOf(string migration) => PostGisSchema.Migrations.ToList().IndexOf(migration) + 1;

    /// <summary>Runs SQL on the test's database, as another tool or an older release would have left it.</summary>
    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override Task<IClaimStore> OpenSameStoreAsync() =>
        Task.FromResult<IClaimStore>(PostGisClaimStore.Open(_database!, TestData.Geodata.Areas, TestData.Seed));
}
