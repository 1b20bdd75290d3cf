using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The page check of <c>bordermap store check</c> on a file a killed writer left behind: a database
/// and its hot rollback journal, copied while a write transaction had spilled pages into the file.
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

    /// <summary>Ten committed rows, then an open transaction whose thousand rows spilled into the file; both files copied as they are.</summary>
    private string CopyMidTransaction()
    {
        var path = _folder.NewFile(".gpkg");
        Execute(path, "CREATE TABLE t(v TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) INSERT INTO t SELECT i FROM n;");
        var copy = _folder.NewFile(".gpkg");
        using var connection = Open(path);
        using (var spill = connection.CreateCommand())
        {
            // A one-page cache makes SQLite write changed pages into the database file before commit, as a large import does.
            spill.CommandText = "PRAGMA cache_size=1; BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO t SELECT printf('%0500d', i) FROM n;";
            spill.ExecuteNonQuery();
        }

        File.Copy(path, copy, overwrite: true);
        File.Copy(path + "-journal", copy + "-journal", overwrite: true);
        return copy;
    }

    private static long CountRows(string path)
    {
        using var connection = Open(path);
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

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose() => _folder.Dispose();
}
