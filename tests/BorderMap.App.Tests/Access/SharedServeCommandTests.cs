using System.Net;
using System.Net.Http.Headers;

namespace BorderMap.App.Tests.Access;

/// <summary><c>bordermap tokens</c> and <c>bordermap serve --bind/--token-file</c> as a user runs them, as real processes.</summary>
public sealed class SharedServeCommandTests
{
    private readonly string _tokenFile = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".tokens");

    [Fact]
    public async Task Serving_beyond_loopback_without_a_token_file_is_refused_before_listening()
    {
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("serve", "--bind", "0.0.0.0", "--port", "0", "--no-browser");

        Assert.Equal(2, exitCode);
        Assert.Contains("serving on 0.0.0.0 lets other machines reach the map; pass --token-file FILE", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("serving", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bind", "map.example.org", "--bind takes an IP address")]
    [InlineData("--write-rate", "0", "--write-rate must be at least 1")]
    public async Task Bad_serving_options_are_named(string option, string value, string message)
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", option, value, "--port", "0", "--no-browser");

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_are_added_listed_and_revoked_and_only_their_hashes_are_kept()
    {
        var (added, token, _) = await AppProcess.RunToEnd("tokens", "add", "--token-file", _tokenFile, "--name", "Farrukh Sharipov", "--role", "editor");
        await AppProcess.RunToEnd("tokens", "add", "--token-file", _tokenFile, "--name", "Press office", "--role", "reader");
        token = token.Trim();

        Assert.Equal(0, added);
        Assert.Matches("^bm_[A-Za-z0-9_-]{43}$", token);
        var file = await File.ReadAllTextAsync(_tokenFile);
        Assert.DoesNotContain(token, file, StringComparison.Ordinal);
        Assert.Contains("editor\tFarrukh Sharipov\t", file, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_tokenFile));
        }

        var (_, list, _) = await AppProcess.RunToEnd("tokens", "list", "--token-file", _tokenFile);
        Assert.Equal(["editor\tFarrukh Sharipov", "reader\tPress office"], list.Trim().Split('\n'));

        var (twice, _, twiceError) = await AppProcess.RunToEnd("tokens", "add", "--token-file", _tokenFile, "--name", "Press office", "--role", "editor");
        Assert.Equal((2, true), (twice, twiceError.Contains("'Press office' already has a token", StringComparison.Ordinal)));

        var (revoked, _, _) = await AppProcess.RunToEnd("tokens", "revoke", "--token-file", _tokenFile, "--name", "Press office");
        var (unknown, _, unknownError) = await AppProcess.RunToEnd("tokens", "revoke", "--token-file", _tokenFile, "--name", "Press office");
        Assert.Equal((0, 2), (revoked, unknown));
        Assert.Contains("nobody called 'Press office' has a token", unknownError, StringComparison.Ordinal);
        Assert.Equal("editor\tFarrukh Sharipov", (await AppProcess.RunToEnd("tokens", "list", "--token-file", _tokenFile)).StdOut.Trim());
    }

    [Fact]
    public async Task A_malformed_token_file_stops_serve_naming_the_line()
    {
        await File.WriteAllTextAsync(_tokenFile, "# tokens\neditor\tFarrukh\tnot-a-hash\n");

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--token-file", _tokenFile, "--port", "0", "--no-browser");

        Assert.Equal(2, exitCode);
        Assert.Contains("line 2: the third field is not a SHA-256", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_on_every_interface_with_tokens_lets_token_holders_in_and_no_one_else()
    {
        var (_, token, _) = await AppProcess.RunToEnd("tokens", "add", "--token-file", _tokenFile, "--name", "Farrukh Sharipov", "--role", "reader");

        // A store of its own, seeded with the shipped claims: other tests write to the shared default one.
        var store = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".gpkg");
        await using var app = await AppProcess.Serve("--bind", "0.0.0.0", "--token-file", _tokenFile, "--store", store);
        Assert.Equal("0.0.0.0", app.Url.Host);
        using var client = new HttpClient { BaseAddress = new UriBuilder(app.Url) { Host = "127.0.0.1" }.Uri };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/claims", UriKind.Relative))).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        Assert.Equal(23, (await client.GetOk("/api/claims")).GetProperty("features").GetArrayLength());
    }
}
