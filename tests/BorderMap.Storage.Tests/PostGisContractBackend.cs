using BorderMap.Storage.PostGis;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The store contract's PostGIS backend: each test's store is a database of its own on the collection's throwaway server,
/// dropped when the test ends (after its store is closed).
/// </summary>
public sealed class PostGisContractBackend(PostGisServer server) : ContractBackend, IDisposable
{
    private readonly List<string> _made = [];
    private string? _database;

    /// <summary>The connection string of the test's database.</summary>
    public string Database => _database ?? throw new InvalidOperationException("the test has opened no store yet");

    public override async Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed)
    {
        _database = await server.NewStoreDatabaseAsync(TestData.Geodata.Areas);
        _made.Add(_database);
        return PostGisClaimStore.Open(_database, TestData.Geodata.Areas, seed);
    }

    public override async Task<IClaimStore> OpenSeededCopyAsync()
    {
        _database = await server.NewSeededStoreDatabaseAsync(TestData.Geodata.Areas, TestData.Seed);
        _made.Add(_database);
        return await OpenSameStoreAsync();
    }

    /// <summary>Puts the database back where migration 6 left it: every later migration is undone, so that reopening applies them again.</summary>
    public override async Task ForgetCountTablesAsync()
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

    public override Task AnalyzeAsync() => ExecuteAsync("ANALYZE claims");

    /// <summary>Drops the functions (and with them the triggers) of migration 17 that keep <c>claim_cells</c> and <c>claim_days</c>.</summary>
    private const string CellAndDayCountFunctions =
        "DROP FUNCTION bordermap_cell_counts_inserted, bordermap_cell_counts_updated, bordermap_cell_counts_deleted CASCADE; " +
        "DROP FUNCTION bordermap_day_counts_inserted, bordermap_day_counts_updated, bordermap_day_counts_deleted CASCADE; ";

    /// <summary>Puts back migration 7's <c>claim_cells</c> (one row per cell and category, at every other zoom), counted and kept with the days by its triggers, and undoes migration 17.</summary>
    public override async Task ForgetCellRowsAsync()
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

    public override async Task ForgetMonthRollupsAsync()
    {
        var rollups = VersionOf(MonthRollupsMigration.Sql);
        await ExecuteAsync(MonthRollupsSql + $"DELETE FROM schema_version WHERE version = {rollups}");
    }

    /// <summary>Puts the stated dates back in <c>period</c> and undoes only the migration that widens it, so that reopening applies it again (the later ones stay applied).</summary>
    public override async Task ForgetClaimPeriodsAsync()
    {
        var widening = VersionOf(ClaimPeriodsMigration.Sql);
        await ExecuteAsync("UPDATE claims SET period = daterange(bordermap_day(event_date), bordermap_day(coalesce(end_date, event_date)), '[]'); " +
            $"DELETE FROM schema_version WHERE version = {widening}");
    }

    /// <summary>Builds <c>claim_areas</c> as migration 3 left it (area and claim only) and undoes migration 15, so that reopening applies it again.</summary>
    public override async Task ForgetRegionFiltersAsync()
    {
        var copies = VersionOf(AreaFiltersMigration.Sql);
        await ExecuteAsync("CREATE TABLE claim_areas_before AS SELECT claim_fid, area_id FROM claim_areas; DROP TABLE claim_areas; " +
            "ALTER TABLE claim_areas_before RENAME TO claim_areas; " +
            "ALTER TABLE claim_areas ADD PRIMARY KEY (area_id, claim_fid), ADD FOREIGN KEY (claim_fid) REFERENCES claims (fid) ON DELETE CASCADE; " +
            "CREATE INDEX claim_areas_claim_idx ON claim_areas (claim_fid); " +
            $"DELETE FROM schema_version WHERE version = {copies}");
    }

    /// <summary>Drops <c>claims.page_json</c> (and with it its index) and undoes migration 16, so that reopening applies it again.</summary>
    public override Task ForgetPageItemsAsync() =>
        ExecuteAsync($"ALTER TABLE claims DROP COLUMN page_json; DELETE FROM schema_version WHERE version = {VersionOf(PageJsonMigration.Sql)}");

    /// <summary>Builds the box-and-dates index as migration 2 made it (no page position), drops <c>btree_gist</c> and undoes migration 19, so that reopening applies it again.</summary>
    public override Task ForgetBoxPagePositionsAsync() => ExecuteAsync(
        "DROP INDEX claims_geom_period_idx, claims_position_gist_idx; DROP EXTENSION btree_gist; CREATE INDEX claims_geom_period_idx ON claims USING gist (geom, period); " +
        $"DELETE FROM schema_version WHERE version = {VersionOf(KeysetGistMigration.Sql)}");

    /// <summary>The two indexes of schema 2 that migration 22 drops, built again, and migration 22 undone.</summary>
    public override Task ForgetUnusedIndexesDroppedAsync() => ExecuteAsync(
        "CREATE INDEX claims_event_date_idx ON claims (event_date); CREATE INDEX claims_period_idx ON claims (period); " +
        $"DELETE FROM schema_version WHERE version = {VersionOf(UnusedClaimIndexesMigration.Sql)}");

    public override async Task<long> CountStoredNewValuesAsync() =>
        long.Parse((await PostGisCatalog.LinesAsync(Database, "SELECT count(*)::text FROM claim_history WHERE new_value IS NOT NULL")).Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stores the new value past the append-only trigger, as schema 25 and before stored it.</summary>
    public override Task StoreNewValueAsAnEarlierReleaseAsync(string claimId, int version, string feature) => ExecuteAsync(
        "ALTER TABLE claim_history DISABLE TRIGGER claim_history_append_only; " +
        $"UPDATE claim_history SET new_value = '{feature.Replace("'", "''", StringComparison.Ordinal)}' WHERE claim_id = '{claimId}' AND version = {version};");

    public override async Task ForgetEventDerivationAsync()
    {
        await ExecuteAsync("ALTER TABLE events DROP COLUMN status, DROP COLUMN independent_sources; DROP INDEX events_by_box; DELETE FROM schema_version WHERE version = 12");
    }

    /// <summary>The schema version a migration records once applied (its position, counted from 1).</summary>
    public static int VersionOf(string migration) => PostGisSchema.Migrations.ToList().IndexOf(migration) + 1;

    /// <summary>Runs SQL on the test's database, as another tool or an older release would have left it.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the test's databases; the test has closed every store it opened on them (<see cref="StoreContract.DisposeAsync"/>).</summary>
    public void Dispose() => _made.ForEach(server.DropLater);

    public override Task<IClaimStore> OpenSameStoreAsync() =>
        Task.FromResult<IClaimStore>(PostGisClaimStore.Open(Database, TestData.Geodata.Areas, TestData.Seed));
}
