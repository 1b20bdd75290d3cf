using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// An open store commits into SQLite's write-ahead log: GDAL and GDAL's validator read it meanwhile,
/// writes included, and once the last connection closes the .gpkg alone holds everything, as an
/// ordinary rollback-journal GeoPackage that a user can copy.
/// </summary>
public sealed class GeoPackageWriteAheadLogTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task While_the_store_is_open_GDAL_reads_its_latest_write_and_the_validator_passes()
    {
        var path = _folder.NewFile(".gpkg");
        await using var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);
        await store.CreateClaimAsync(TestData.PointDraft("written-while-open"), "ana");
        Assert.Equal("wal", JournalMode(path));

        var (listed, stdout, stderr) = await ExternalTool.Run("ogrinfo", "-ro", "-q", "-where", "id = 'written-while-open'", path, "claims");
        Assert.True(listed == 0, stderr);
        Assert.Contains("id (String) = written-while-open", stdout, StringComparison.Ordinal);

        var copy = _folder.NewFile(".geojson");
        var (copied, _, copyErrors) = await ExternalTool.Run("ogr2ogr", "-f", "GeoJSON", copy, path, "claims", "-where", "id = 'written-while-open'");
        Assert.True(copied == 0, copyErrors);
        Assert.Contains("written-while-open", await File.ReadAllTextAsync(copy), StringComparison.Ordinal);

        var (valid, report, errors) = await ExternalTool.Run("python3", ExternalTool.ValidateGpkg, "-k", "--extra", "--warning-as-error", path);
        Assert.True(valid == 0, report + errors);

        // GDAL's tools came and went; the store still writes.
        await store.UpdateClaimAsync("written-while-open", 1, TestData.PointDraft("written-while-open", lon: 71.0), "ana");
    }

    [Fact]
    public async Task A_write_reaches_the_gpkg_file_itself_a_moment_later_while_the_store_stays_open()
    {
        var path = _folder.NewFile(".gpkg");
        await using var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);
        await store.CreateClaimAsync(TestData.PointDraft("copied-in"), "ana");
        await store.UpdateClaimAsync("copied-in", 1, TestData.PointDraft("copied-in", lon: 71.2), "ana");

        // The store copies its log into the file beside the writes, not in them: wait for the file alone to hold the edit
        // (bounded well beyond "a moment": on a loaded machine the copy waits for a core).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (VersionInCopy(path, "copied-in") is not 2L)
        {
            Assert.True(DateTime.UtcNow < deadline, "the .gpkg alone still lacks the edit 30 s after it, with the store open");
            await Task.Delay(50);
        }

        Assert.Equal("wal", JournalMode(path));
    }

    [Fact]
    public async Task Once_closed_the_gpkg_file_alone_holds_every_write()
    {
        var path = _folder.NewFile(".gpkg");
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.CreateClaimAsync(TestData.PointDraft("kept"), "ana");
            await store.UpdateClaimAsync("kept", 1, TestData.PointDraft("kept", lon: 71.2), "ana");
        }

        Assert.False(File.Exists(path + "-wal"), "no log is left beside the closed store");
        Assert.False(File.Exists(path + "-shm"), "no log index is left beside the closed store");
        var copy = CopyAlone(path);
        Assert.Equal("delete", JournalMode(copy));
        Assert.Equal(2L, Scalar(copy, "SELECT version FROM claims WHERE id = 'kept'"));
    }

    [Fact]
    public async Task A_store_closed_while_another_program_has_the_file_open_is_complete_once_that_one_closes()
    {
        var path = _folder.NewFile(".gpkg");
        SqliteConnection other;
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            // As QGIS editing the layer would: open for writing, and reading now and then.
            other = Open(path, SqliteOpenMode.ReadWrite);
            await store.CreateClaimAsync(TestData.PointDraft("closed-last-by-another"), "ana");
            Assert.Equal(1L, Scalar(other, "SELECT count(*) FROM claims WHERE id = 'closed-last-by-another'"));
        }

        Assert.True(File.Exists(path + "-wal"), "the other program still has the file open, so the log stays");
        other.Dispose();

        // The other program closed the file last: SQLite copied the log in and deleted it.
        Assert.False(File.Exists(path + "-wal"), "the last connection closed the log");
        Assert.Equal(1L, Scalar(CopyAlone(path), "SELECT count(*) FROM claims WHERE id = 'closed-last-by-another'"));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The .gpkg file copied to a folder of its own, without anything that lies beside it.</summary>
    private string CopyAlone(string path)
    {
        var copy = _folder.NewFile(".gpkg");
        File.Copy(path, copy);
        return copy;
    }

    /// <summary>The claim's version in a copy of the .gpkg alone, taken while the store may be copying its log in; null while the copy lacks it or caught a page mid-write.</summary>
    private object? VersionInCopy(string path, string id)
    {
        try
        {
            using var connection = Open(CopyAlone(path), SqliteOpenMode.ReadWrite);
            return Scalar(connection, $"SELECT version FROM claims WHERE id = '{id}'");
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static string JournalMode(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return (string)Scalar(connection, "PRAGMA journal_mode")!;
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return Scalar(connection, sql);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
