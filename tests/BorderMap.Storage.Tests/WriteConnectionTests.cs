using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// An import's connection gets large page caches for the file and for the temporary database
/// (where the import lists what it wrote and stages its sorts), and the pooled connection is given
/// back with the caches it had, so that the reads it serves later do not keep an import's memory.
/// </summary>
public sealed class WriteConnectionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void An_import_has_large_caches_for_the_file_and_the_temporary_database_and_gives_back_the_connection_as_it_was()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.NewFile(".sqlite"), Pooling = false }.ToString());
        connection.Open();
        var before = CacheSizes(connection);

        using (WriteConnection.ForImport(connection))
        {
            Assert.Equal((-WriteConnection.CacheKiB, -WriteConnection.CacheKiB), CacheSizes(connection));
        }

        Assert.Equal(before, CacheSizes(connection));
        Assert.NotEqual(-WriteConnection.CacheKiB, before.Temp);
    }

    public void Dispose() => _folder.Dispose();

    private static (long Main, long Temp) CacheSizes(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA main.cache_size";
        var main = (long)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA temp.cache_size";
        return (main, (long)command.ExecuteScalar()!);
    }
}
