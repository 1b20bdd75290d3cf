using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract's GeoPackage backend: each test's store is a copy of the class's seeded file, in a temporary folder of the test.</summary>
public sealed class GeoPackageContractBackend(SeededGeoPackage seeded) : ContractBackend, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private string? _path;

    public override Task<IClaimStore> OpenSeededCopyAsync()
    {
        _path = _folder.NewFile(".gpkg");
        seeded.CopyTo(_path);
        return OpenSameStoreAsync();
    }

    public override Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed)
    {
        _path = _folder.NewFile(".gpkg");
        return Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_path, TestData.Geodata.Areas, seed));
    }

    public override Task<IClaimStore> OpenSameStoreAsync() =>
        Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_path!, TestData.Geodata.Areas, TestData.Seed));

    public override Task ForgetCountTablesAsync() => ExecuteAsync(
        "DROP TABLE claim_cells; DROP TABLE claim_days; DROP TRIGGER claim_cells_add; DROP TRIGGER claim_cells_remove; " +
        "DROP TRIGGER claim_days_add; DROP TRIGGER claim_days_remove; DROP TRIGGER claim_days_add_area; DROP TRIGGER claim_days_remove_area; " +
        "DROP TABLE claim_cell_days; DROP TRIGGER claim_cell_days_add; DROP TRIGGER claim_cell_days_remove; " +
        "DROP TABLE claim_area_values; DROP TABLE event_areas; DROP TRIGGER claim_area_values_add; DROP TRIGGER claim_area_values_remove; " +
        "DROP TRIGGER claim_area_values_add_area; DROP TRIGGER claim_area_values_remove_area; DROP TRIGGER claim_area_values_add_actor; DROP TRIGGER claim_area_values_remove_actor;");

    /// <summary>
    /// Puts back a <c>claim_cells</c> of the earlier layout (one row per cell and category), with
    /// triggers of the earlier names that keep it, at derived tables version 4. Its rows here are
    /// constructed and match no tile (every claim in one cell per category), so only a store that
    /// counts its cells again answers the tiles right.
    /// </summary>
    public override Task ForgetCellRowsAsync() => ExecuteAsync(
        """
        DROP TRIGGER claim_cells_add; DROP TRIGGER claim_cells_remove; DROP TABLE claim_cells;
        CREATE TABLE claim_cells (
          zoom INTEGER NOT NULL, cell_x INTEGER NOT NULL, cell_y INTEGER NOT NULL, category TEXT NOT NULL,
          count INTEGER NOT NULL, sum_x REAL NOT NULL, sum_y REAL NOT NULL,
          PRIMARY KEY (zoom, cell_x, cell_y, category)) WITHOUT ROWID;
        INSERT INTO claim_cells SELECT 10, 0, 0, category, count(*), sum(x), sum(y) FROM claim_summary GROUP BY category;
        CREATE TRIGGER claim_cells_add AFTER INSERT ON claim_summary
        BEGIN
          INSERT INTO claim_cells VALUES (10, 0, 0, NEW.category, 1, NEW.x, NEW.y)
          ON CONFLICT (zoom, cell_x, cell_y, category) DO UPDATE SET count = count + 1, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y;
        END;
        CREATE TRIGGER claim_cells_remove AFTER DELETE ON claim_summary
        BEGIN
          UPDATE claim_cells SET count = count - 1, sum_x = sum_x - OLD.x, sum_y = sum_y - OLD.y WHERE zoom = 10 AND cell_x = 0 AND cell_y = 0 AND category = OLD.category;
        END;
        UPDATE bordermap_schema SET version = 4;
        """);

    public override Task ForgetMonthRollupsAsync() => ExecuteAsync(string.Concat(MonthRollup.All.Select(r =>
        $"DROP TABLE {r.MonthTable}; DROP TRIGGER {r.MonthTable}_add; DROP TRIGGER {r.MonthTable}_change; DROP TRIGGER {r.MonthTable}_remove; DROP INDEX {r.EndDayIndex};")));

    /// <summary>Writes each claim's stated dates as its days, counts them so, and marks the derived tables as of before periods.</summary>
    public override Task ForgetClaimPeriodsAsync() => ExecuteAsync(
        """
        UPDATE claim_summary SET start_day = c.eventDate, end_day = coalesce(c.endDate, c.eventDate) FROM claims c WHERE c.fid = claim_summary.claim_fid;
        UPDATE claim_extents SET first_day = julianday(s.start_day) - julianday('0001-01-01'), last_day = julianday(s.end_day) - julianday('0001-01-01')
          FROM claim_summary s WHERE s.claim_fid = claim_extents.id;
        DELETE FROM claim_days;
        UPDATE bordermap_schema SET version = 1;
        """ + DayCountSchema.Fill);

    /// <summary>Takes the claims' days out of <c>claim_areas</c> and marks the derived tables as of before they were there.</summary>
    public override Task ForgetRegionFiltersAsync() => ExecuteAsync(
        "ALTER TABLE claim_areas DROP COLUMN start_day; ALTER TABLE claim_areas DROP COLUMN end_day; UPDATE bordermap_schema SET version = 2;");

    /// <summary>Drops <c>claim_pages</c> and marks the derived tables as of before it was there.</summary>
    public override Task ForgetPageItemsAsync() => ExecuteAsync("DROP TABLE claim_pages; UPDATE bordermap_schema SET version = 3;");

    /// <summary>Nothing to undo: the GeoPackage never had the indexes PostGIS schema 22 drops.</summary>
    public override Task ForgetUnusedIndexesDroppedAsync() => Task.CompletedTask;

    /// <summary>Nothing to undo: the GeoPackage's box pages read the same tables as before.</summary>
    public override Task ForgetBoxPagePositionsAsync() => Task.CompletedTask;

    public override Task ForgetEventDerivationAsync() => ExecuteAsync(
        "DROP INDEX events_by_status; ALTER TABLE events DROP COLUMN status; ALTER TABLE events DROP COLUMN independent_sources; " +
        "DROP TRIGGER event_extents_insert; DROP TRIGGER event_extents_update; DROP TRIGGER event_extents_delete; DROP TABLE event_extents;");

    public override async Task<long> CountStoredNewValuesAsync() => (long)(await ScalarAsync("SELECT count(*) FROM claim_history WHERE newValue IS NOT NULL"))!;

    public override Task StoreNewValueAsAnEarlierReleaseAsync(string claimId, int version, string feature) => ExecuteAsync(
        "DROP TRIGGER claim_history_append_only_update; " +
        $"UPDATE claim_history SET newValue = '{feature.Replace("'", "''", StringComparison.Ordinal)}' WHERE claimId = '{claimId}' AND version = {version};");

    public void Dispose() => _folder.Dispose();

    private Task<object?> ScalarAsync(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        return Task.FromResult(value);
    }

    /// <summary>Runs <paramref name="sql"/> on the store's file, as an earlier release's schema change would have been.</summary>
    private Task ExecuteAsync(string sql)
    {
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }

        return Task.CompletedTask;
    }
}
