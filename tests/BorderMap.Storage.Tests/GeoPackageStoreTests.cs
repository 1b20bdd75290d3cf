using BorderMap.Storage.GeoPackage;

namespace BorderMap.Storage.Tests;

/// <summary>The store contract on the GeoPackage backend, each test with its own files in a temporary folder.</summary>
public sealed class GeoPackageStoreTests : ClaimStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private string? _path;

    protected override Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed)
    {
        _path = _folder.NewFile(".gpkg");
        return Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_path, TestData.Geodata.Areas, seed));
    }

    protected override Task<IClaimStore> OpenSameStoreAsync() =>
        Task.FromResult<IClaimStore>(GeoPackageClaimStore.Open(_path!, TestData.Geodata.Areas, TestData.Seed));

    protected override Task ForgetCountTablesAsync() => ExecuteAsync(
        "DROP TABLE claim_cells; DROP TABLE claim_days; DROP TRIGGER claim_cells_add; DROP TRIGGER claim_cells_remove; " +
        "DROP TRIGGER claim_days_add; DROP TRIGGER claim_days_remove; DROP TRIGGER claim_days_add_area; DROP TRIGGER claim_days_remove_area;");

    protected override Task ForgetEventDerivationAsync() => ExecuteAsync(
        "DROP INDEX events_by_status; ALTER TABLE events DROP COLUMN status; ALTER TABLE events DROP COLUMN independent_sources; " +
        "DROP TRIGGER event_extents_insert; DROP TRIGGER event_extents_update; DROP TRIGGER event_extents_delete; DROP TABLE event_extents;");

    public void Dispose() => _folder.Dispose();

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
