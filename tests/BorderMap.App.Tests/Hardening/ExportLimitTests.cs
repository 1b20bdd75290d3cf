using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BorderMap.App.Access;
using BorderMap.App.Exporting;
using Microsoft.Extensions.DependencyInjection;

namespace BorderMap.App.Tests.Hardening;

/// <summary>Map exports are bounded by pixel area (server lower than command line) and by how many render at once.</summary>
public sealed class ExportLimitTests(OneExportServer server) : IClassFixture<OneExportServer>
{
    [Fact]
    public async Task A_huge_export_is_refused_at_once_naming_the_limit()
    {
        var clock = Stopwatch.StartNew();
        using var response = await server.Client.GetAsync(new Uri("/api/export?format=png&width=20000&height=20000&dpi=2400", UriKind.Relative));
        clock.Stop();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("width")[0].GetString();
        Assert.Contains("400,000,000 pixels", message, StringComparison.Ordinal);
        Assert.Contains("the limit here is 40,000,000 pixels", message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_paper_export_over_the_limit_names_the_dpi()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/export?format=pdf&paper=A3-landscape&dpi=1200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("the limit here is 40,000,000 pixels", problem.GetProperty("errors").GetProperty("dpi")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beyond_the_concurrent_exports_the_answer_is_503_with_retry_after()
    {
        const string Small = "/api/export?format=svg&width=600&height=400&date=2021-07-05";
        var slots = server.Services.GetRequiredService<ExportSlots>();
        using (var taken = slots.TryTake())
        {
            Assert.NotNull(taken);
            using var busy = await server.Client.GetAsync(new Uri(Small, UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(ExportSlots.RetryAfterSeconds), busy.Headers.RetryAfter?.Delta);
            var detail = (await busy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.Contains("at most 1 map exports at a time", detail, StringComparison.Ordinal);
        }

        using var free = await server.Client.GetAsync(new Uri(Small, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }

    [Fact]
    public async Task The_command_line_refuses_a_huge_map_with_exit_code_2_and_its_own_higher_limit()
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("export", "--format", "png", "--width", "20000", "--height", "20000", "--dpi", "2400", "--out", Path.Combine(StoreTestEnvironment.Folder, "huge.png"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--width: 20000 × 20000 pixels at 2400 dpi is 400,000,000 pixels; the limit here is 200,000,000 pixels", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.True(ExportPixelLimit.CommandLine > ExportPixelLimit.Server);
    }
}

/// <summary>A <see cref="StoreServer"/> that renders one map export at a time.</summary>
public sealed class OneExportServer : StoreServer
{
    private protected override ServerOptions Options() => new() { MaxConcurrentExports = 1 };
}
