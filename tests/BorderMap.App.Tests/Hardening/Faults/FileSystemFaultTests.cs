using System.Net;
using BorderMap.App.Tests.Hardening.BadInput;
using BorderMap.Storage;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>
/// A real <c>bordermap serve</c> and <c>claims import</c> on a store whose file system fills up or
/// turns read-only (a small tmpfs of the test's own): writes answer 503 problem+json naming the
/// cause, the CLI exits 2 with one line, nothing acknowledged is lost, and writes succeed again
/// once the space is freed or the file system is writable, without restarting the server.
/// </summary>
public sealed class FileSystemFaultTests
{
    private const long FileSystemBytes = 3 << 20;

    [Fact]
    public async Task On_a_full_disk_writes_answer_503_naming_it_and_resume_when_space_is_freed()
    {
        await using var disk = await SmallFileSystem.MountAsync(FileSystemBytes);
        var store = await SeededStoreAsync(disk);
        await using var server = await AppProcess.Serve("--store", store);
        using var client = new HttpClient { BaseAddress = server.Url };
        var writes = new FaultWrites(client, "full-disk");
        Assert.Equal(HttpStatusCode.Created, (await writes.PostAsync()).StatusCode);

        disk.Fill();
        using (var refused = await writes.PostUntilRefusedAsync(attempts: 200))
        {
            await FaultWrites.AssertStorageProblem(refused, "the disk holding the store is full", mayPass: true);
        }

        disk.Free();
        Assert.Equal(HttpStatusCode.Created, (await writes.PostAsync()).StatusCode);
        foreach (var id in writes.Acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/claims/{id}", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task An_import_onto_a_full_disk_exits_2_naming_it_and_changes_nothing()
    {
        await using var disk = await SmallFileSystem.MountAsync(FileSystemBytes);
        var store = await SeededStoreAsync(disk);
        var file = await ImportFile.WriteAsync(StoreTestEnvironment.Folder, "full-disk-import", 200);
        var before = CommandLineBadInputTests.Fingerprint(store);

        disk.Fill();
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", store);
        disk.Free();

        AssertOneLine(exitCode, stderr, "full");
        Assert.Equal(before, CommandLineBadInputTests.Fingerprint(store));
    }

    [Fact]
    public async Task A_read_only_store_is_served_refuses_writes_naming_it_and_takes_them_once_writable()
    {
        await using var disk = await SmallFileSystem.MountAsync(FileSystemBytes);
        var store = await SeededStoreAsync(disk);
        await disk.MakeReadOnlyAsync();
        await using var server = await AppProcess.Serve("--store", store);
        using var client = new HttpClient { BaseAddress = server.Url };
        var writes = new FaultWrites(client, "read-only");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/claims?limit=5", UriKind.Relative))).StatusCode);
        using (var refused = await writes.PostAsync())
        {
            await FaultWrites.AssertStorageProblem(refused, "the store is read-only", mayPass: false);
        }

        await disk.MakeWritableAsync();
        Assert.Equal(HttpStatusCode.Created, (await writes.PostAsync()).StatusCode);
        Assert.Single(writes.Acknowledged);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/claims/{writes.Acknowledged.Single()}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_import_into_a_read_only_store_exits_2_naming_it_and_changes_nothing()
    {
        await using var disk = await SmallFileSystem.MountAsync(FileSystemBytes);
        var store = await SeededStoreAsync(disk);
        var file = await ImportFile.WriteAsync(StoreTestEnvironment.Folder, "read-only-import", 20);
        var before = CommandLineBadInputTests.Fingerprint(store);

        await disk.MakeReadOnlyAsync();
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", store);

        AssertOneLine(exitCode, stderr, "read-only");
        Assert.Equal(before, CommandLineBadInputTests.Fingerprint(store));
    }

    private static async Task<string> SeededStoreAsync(SmallFileSystem disk)
    {
        var store = Path.Combine(disk.Folder, "claims.gpkg");
        await StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();
        return store;
    }

    private static void AssertOneLine(int exitCode, string stderr, string named)
    {
        Assert.True(exitCode == 2, $"exit {exitCode}: {stderr}");
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
