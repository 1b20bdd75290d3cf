using System.Net;

namespace BorderMap.App.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "bordermap-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Serve_listens_on_loopback_prints_its_URL_and_answers()
    {
        await using var app = await AppProcess.Serve();
        Assert.Equal(IPAddress.Loopback.ToString(), app.Url.Host);

        using var http = new HttpClient { BaseAddress = app.Url };
        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<div id=\"map\"", page, StringComparison.Ordinal);
        var claims = await http.GetStringAsync(new Uri("api/claims", UriKind.Relative));
        Assert.Contains("afghan-soldiers-cross-into-tajikistan", claims, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_claims_file_stops_start_up_with_the_file_and_position_and_no_stack_trace()
    {
        CopyShippedGeodata();
        var claims = Path.Combine(_data, "claims", "tj-af-border-2021-07-05.geojson");
        await File.WriteAllTextAsync(claims, (await File.ReadAllTextAsync(claims)).Replace("\"geoPrecision\": 3,", "\"geoPrecision\": three,", StringComparison.Ordinal));

        // The seed claims are read when a store is created, so the server must create one.
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--data", _data, "--store", Path.Combine(_data, "new.gpkg"));

        Assert.Equal(2, exitCode);
        Assert.Contains("claims/tj-af-border-2021-07-05.geojson: line 15, column", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_boundary_file_is_named()
    {
        CopyShippedGeodata();
        File.Delete(Path.Combine(_data, "boundaries", "rivers.geojson"));

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--data", _data);

        Assert.Equal(2, exitCode);
        Assert.Contains("boundaries/rivers.geojson", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_store_is_named_without_its_password()
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--store", "postgresql://ana:secret@127.0.0.1:1/bordermap");

        Assert.Equal(2, exitCode);
        Assert.Contains("postgresql://ana@127.0.0.1:1/bordermap", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_bad_input()
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--colour", "red");
        Assert.Equal(2, exitCode);
        Assert.Contains("--colour", stderr, StringComparison.Ordinal);
    }

    private void CopyShippedGeodata()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "geodata");
        foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_data, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
