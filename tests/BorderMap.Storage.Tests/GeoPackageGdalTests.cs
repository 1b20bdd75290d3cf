using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The store file is a GeoPackage that GDAL accepts as it is: checked with <c>ogrinfo</c>, GDAL's
/// own <c>validate_gpkg.py</c> (Debian's python3-gdal) and SQL on the <c>gpkg_*</c> tables, after
/// creates, updates and deletes.
/// </summary>
public sealed class GeoPackageGdalTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private string _path = null!;

    public async Task InitializeAsync()
    {
        _path = _folder.NewFile(".gpkg");
        await using var store = GeoPackageClaimStore.Open(_path, TestData.Geodata.Areas, TestData.Seed);
        var created = await store.CreateClaimAsync(TestData.PointDraft(), "ana");
        await store.UpdateClaimAsync(created.Id, 1, TestData.PointDraft(lon: 71.2, lat: 36.8), "ana");
        await store.CreateClaimAsync(TestData.PointDraft("to-delete"), null);
        await store.DeleteClaimAsync("to-delete", 1, null);
        await store.RegisterSourceAsync(new SourceDraft("A report", "Example", "en", null, null, "2021-07-06", ["a note"], "Some text."));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ogrinfo_lists_the_three_layers_without_warnings()
    {
        var (exitCode, stdout, stderr) = await ExternalTool.Run("ogrinfo", "-ro", "-q", _path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(["1: claims", "2: sources (None)", "3: claim_history (None)"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Ogrinfo_reads_the_claims_with_JSON_fields_and_the_spatial_index()
    {
        var (exitCode, stdout, stderr) = await ExternalTool.Run("ogrinfo", "-ro", "-so", _path, "claims");

        Assert.Equal((0, string.Empty), (exitCode, stderr));
        Assert.Contains($"Feature Count: {TestData.Geodata.Claims.Count + 1}", stdout, StringComparison.Ordinal);
        Assert.Contains("actors: String(JSON)", stdout, StringComparison.Ordinal);
        Assert.Contains("eventDate: Date", stdout, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4326]", stdout, StringComparison.Ordinal);

        var (_, spatial, _) = await ExternalTool.Run("ogrinfo", "-ro", "-q", "-spat", "71.1", "36.7", "71.3", "36.9", _path, "claims");
        Assert.Contains("id (String) = test-claim", spatial, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GDALs_validate_gpkg_passes_with_its_extra_checks()
    {
        Assert.True(File.Exists(ExternalTool.ValidateGpkg), "python3-gdal ships validate_gpkg.py");

        var (exitCode, stdout, stderr) = await ExternalTool.Run("python3", ExternalTool.ValidateGpkg, "-k", "--extra", "--warning-as-error", _path);

        Assert.True(exitCode == 0, stdout + stderr);
    }

    [Fact]
    public void The_GeoPackage_tables_declare_what_the_specification_requires()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        object? Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }

        Assert.Equal(1196444487L, Scalar("PRAGMA application_id"));
        Assert.Equal(10300L, Scalar("PRAGMA user_version"));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(3L, Scalar("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"));
        Assert.Equal("features/4326,attributes/,attributes/", Scalar("SELECT group_concat(data_type || '/' || coalesce(srs_id, ''), ',') FROM gpkg_contents"));
        Assert.Equal("geom GEOMETRY 4326 0 0", Scalar("SELECT column_name || ' ' || geometry_type_name || ' ' || srs_id || ' ' || z || ' ' || m FROM gpkg_geometry_columns WHERE table_name = 'claims'"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM gpkg_extensions WHERE table_name = 'claims' AND extension_name = 'gpkg_rtree_index'"));
        Assert.Equal(Scalar("SELECT count(*) FROM claims"), Scalar("SELECT count(*) FROM rtree_claims_geom"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claims c JOIN rtree_claims_geom r ON r.id = c.fid WHERE c.id = 'test-claim' AND NOT (r.minx <= 71.2 AND r.maxx >= 71.2)"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM gpkg_contents WHERE table_name = 'claims' AND min_x <= 71.2 AND max_x >= 71.2"));
    }

    [Theory]
    [InlineData("UPDATE sources SET text = 'rewritten'", "sources are immutable")]
    [InlineData("DELETE FROM sources", "sources are immutable")]
    [InlineData("UPDATE claim_history SET actor = 'someone else'", "append-only")]
    [InlineData("DELETE FROM claim_history", "append-only")]
    public void Source_texts_and_the_history_cannot_be_changed_even_by_other_tools(string sql, string message)
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_BorderMap_store_is_refused_by_name()
    {
        var other = _folder.NewFile(".gpkg");
        await File.WriteAllTextAsync(other, "not a database");

        var error = Assert.Throws<StoreFormatException>(() => GeoPackageClaimStore.Open(other, TestData.Geodata.Areas, TestData.Seed));

        Assert.Contains(other, error.Message, StringComparison.Ordinal);
    }
}
