using System.Net;
using System.Net.Sockets;
using BorderMap.Storage;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>
/// <c>bordermap serve</c> that cannot start: a port in use, an address the machine does not have, a
/// corrupt store, an unreachable PostgreSQL. Each is exit code 2 and a message naming the cause,
/// with no stack trace on either output.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_port_in_use_is_exit_2_with_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", port, "--store", StoreTestEnvironment.NewStorePath());

        AssertRefused(exitCode, stdout, stderr, $"cannot listen on 127.0.0.1:{port}: the port is in use");
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task An_address_this_machine_does_not_have_is_exit_2_with_one_line()
    {
        var tokens = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".tokens");
        Assert.Equal(0, (await AppProcess.RunToEnd("tokens", "add", "--token-file", tokens, "--name", "tester", "--role", "reader")).ExitCode);

        // 192.0.2.0/24 is TEST-NET-1, reserved for documentation: no machine has it.
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--bind", "192.0.2.7", "--token-file", tokens, "--store", StoreTestEnvironment.NewStorePath());

        AssertRefused(exitCode, stdout, stderr, "no network interface of this machine has that address");
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_store_with_corrupt_pages_is_named_corrupt_by_serve_and_by_store_check()
    {
        var store = StoreTestEnvironment.NewStorePath();
        await StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();
        await using (var file = new FileStream(store, FileMode.Open, FileAccess.Write))
        {
            // Past the schema page, so the file still reads as SQLite: the damage is in the tables' pages.
            file.Position = 128 << 10;
            file.Write(Enumerable.Repeat((byte)0xDE, 192 << 10).ToArray());
        }

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--store", store);
        var (checkExit, checkOut, _) = await AppProcess.RunToEnd("store", "check", "--store", store);

        AssertRefused(exitCode, stdout, stderr, "the store file is corrupt");
        Assert.Contains(store, stderr, StringComparison.Ordinal);
        Assert.Equal(1, checkExit);
        Assert.Contains("corrupt", checkOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_is_exit_2_naming_it()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--store", $"postgresql://postgres@127.0.0.1:{port}/bordermap");

        AssertRefused(exitCode, stdout, stderr, $"Failed to connect to 127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_server_that_started_prints_nothing_after_its_URL_down_to_its_end()
    {
        await using var server = await AppProcess.Serve("--store", StoreTestEnvironment.NewStorePath());
        using (var client = new HttpClient { BaseAddress = server.Url })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/claims?limit=1", UriKind.Relative))).StatusCode);
        }

        var (exitCode, stderr) = await server.TerminateAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        Assert.True(exitCode is 0 or 130 or 143, $"exit {exitCode}: {stderr}");
        Assert.Null(await server.NextOutputLine(timeout.Token));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static void AssertRefused(int exitCode, string stdout, string stderr, string named)
    {
        Assert.True(exitCode == 2, $"exit {exitCode}: {stderr}");
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
    }
}
