using BorderMap.Storage;
using Microsoft.Data.Sqlite;

namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>
/// Bad store files: rows edited past the app (as in QGIS) are skipped with their ids and listed by
/// <c>bordermap store check</c>, never fatal to the rest; a damaged file is named as corrupt, with
/// exit 2 from a command and 1 from the check; storage failures are told apart by their cause.
/// </summary>
public sealed class StoreFileTests
{
    private static readonly (string Id, string Set)[] Edits =
    [
        ("tj-bds-border-length", "actors = 'Taliban'"),
        ("tajikistan-admits-afghan-soldiers", "createdAt = 'yesterday'"),
        ("rahmon-mobilises-20000-reservists", "geom = x'00'"),
    ];

    [Fact]
    public async Task Malformed_rows_are_skipped_by_name_and_listed_by_store_check()
    {
        var (store, total) = await MalformedStore();
        var csv = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".csv");

        var (exportExit, exportOut, exportErr) = await AppProcess.RunToEnd("claims", "export", "--out", csv, "--store", store);
        var (checkExit, checkOut, _) = await AppProcess.RunToEnd("store", "check", "--store", store);

        Assert.True(exportExit == 0, exportErr);
        Assert.Contains($"Exported {total - Edits.Length} claims", exportOut, StringComparison.Ordinal);
        Assert.Equal(1, checkExit);
        foreach (var (id, _) in Edits)
        {
            Assert.Contains($"'{id}'", exportErr, StringComparison.Ordinal);
            Assert.Contains($"row '{id}'", checkOut, StringComparison.Ordinal);
            Assert.DoesNotContain(id, await File.ReadAllTextAsync(csv), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_sound_store_passes_the_check()
    {
        var store = StoreTestEnvironment.NewStorePath();
        await StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();

        var (exitCode, stdout, _) = await AppProcess.RunToEnd("store", "check", "--store", store);

        Assert.Equal(0, exitCode);
        Assert.Contains("The store is sound.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_named_corrupt_with_exit_2()
    {
        var store = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".gpkg");
        await File.WriteAllBytesAsync(store, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0xDE, 8192)]);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "export", "--format", "csv", "--out", store + ".csv", "--store", store);

        Assert.Equal(2, exitCode);
        Assert.Contains(store, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_failures_name_their_cause()
    {
        var store = StoreTestEnvironment.NewStorePath();
        using (var create = new SqliteConnection($"Data Source={store}"))
        {
            create.Open();
            Execute(create, "CREATE TABLE t (x)");
        }

        using var readOnly = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly }.ToString());
        readOnly.Open();
        var refused = Assert.Throws<SqliteException>(() => Execute(readOnly, "INSERT INTO t VALUES (1)"));

        var fault = StorageFault.From(new InvalidOperationException("wrapped", refused));

        Assert.Equal(new StorageFault("the store is read-only (the file, its folder or the file system)", MayPass: false), fault);
        Assert.Null(StorageFault.From(new InvalidOperationException("not storage")));
    }

    /// <summary>A new store with the rows of <see cref="Edits"/> broken, and how many claims it holds.</summary>
    private static async Task<(string Store, int Claims)> MalformedStore()
    {
        var store = StoreTestEnvironment.NewStorePath();
        await StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();
        var claims = int.Parse(CommandLineBadInputTests.Fingerprint(store).Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        // The GeoPackage R-tree triggers call these spatial functions; a plain SQLite client (as a careless edit would) lacks them.
        foreach (var name in new[] { "ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY" })
        {
            connection.CreateFunction(name, (byte[]? _) => 0.0);
        }

        foreach (var (id, set) in Edits)
        {
            Execute(connection, $"UPDATE claims SET {set} WHERE id = '{id}'");
        }

        return (store, claims);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
