using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The page check of <c>bordermap store check</c> on a file a killed writer left behind, copied while
/// a write transaction had spilled pages out of its cache: in rollback mode a database and its hot
/// journal, in WAL mode (as a served store is) a database and a log with uncommitted pages.
/// </summary>
public sealed class GeoPackageIntegrityTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void A_file_left_with_a_hot_journal_is_rolled_back_and_found_sound()
    {
        var crashed = CopyMidTransaction();
        Assert.True(File.Exists(crashed + "-journal"), "the copy carries the journal a killed writer leaves");

        Assert.Empty(GeoPackageIntegrity.Problems(crashed));
        Assert.Equal(10, CountRows(crashed));
    }

    [Fact]
    public void A_file_left_with_an_unfinished_write_ahead_log_reads_its_committed_rows_and_is_found_sound()
    {
        var crashed = CopyMidTransaction(journalMode: "WAL");
        Assert.True(new FileInfo(crashed + "-wal").Length > 64 * 4096, "the copy carries the log with the spilled pages");

        // A read-only reader (as GDAL's ogrinfo -ro) finds the log and its index beside the file and reads the committed state.
        Assert.Equal(10, CountRows(crashed, SqliteOpenMode.ReadOnly));
        Assert.Empty(GeoPackageIntegrity.Problems(crashed));
        Assert.Equal(10, CountRows(crashed));
    }

    /// <summary>Ten committed rows, then an open transaction whose thousand rows spilled out of the cache; the files copied as they are.</summary>
    private string CopyMidTransaction(string journalMode = "DELETE")
    {
        var path = _folder.NewFile(".gpkg");
        Execute(path, $"PRAGMA journal_mode = {journalMode}; CREATE TABLE t(v TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) INSERT INTO t SELECT i FROM n;");
        var copy = _folder.NewFile(".gpkg");
        using var connection = Open(path);
        using (var spill = connection.CreateCommand())
        {
            // A one-page cache makes SQLite write changed pages out before commit, as a large import does: into the file, or into the log in WAL mode.
            spill.CommandText = "PRAGMA cache_size=1; BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO t SELECT printf('%0500d', i) FROM n;";
            spill.ExecuteNonQuery();
        }

        foreach (var suffix in new[] { string.Empty, "-journal", "-wal", "-shm" }.Where(s => File.Exists(path + s)))
        {
            File.Copy(path + suffix, copy + suffix, overwrite: true);
        }

        return copy;
    }

    private static long CountRows(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        using var connection = Open(path, mode);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose() => _folder.Dispose();
}
