using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The app over a few thousand synthetic claims (written by the API benchmark's generator): the
/// map draws them clustered, the claim list is virtual, and a claim can still be selected from
/// the list and on the map.
/// </summary>
public sealed class ScaleSession : EditorSession
{
    public const int Claims = 3000;

    private readonly string _data = Path.Combine(StoreTestEnvironment.Folder, "scale-" + Guid.NewGuid().ToString("N"));

    protected override async Task<string[]> ServeArgumentsAsync()
    {
        await GenerateAsync(Claims, _data);
        return ["--data", _data, "--store", StorePath];
    }

    /// <summary>Runs <c>bench/BorderMap.Bench.Api generate N DIR</c> from the repository this test was built in.</summary>
    private static async Task GenerateAsync(int count, string directory)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BorderMap.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "run", "--project", Path.Combine(root.FullName, "bench", "BorderMap.Bench.Api"), "--", "generate", count.ToString(CultureInfo.InvariantCulture), directory })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"generate failed: {await stdout} {await stderr}");
    }
}

public class ScaleTests(ScaleSession session) : IClassFixture<ScaleSession>
{
    [Fact]
    public async Task Thousands_of_claims_render_clustered_and_a_claim_can_still_be_selected()
    {
        var page = await session.OpenAppAsync();

        Assert.Equal(ScaleSession.Claims, (await page.EvaluateAsync<string[]>("() => window.borderMap.drawnClaimIds()")).Length);
        Assert.Equal("3,000", await page.GetByTestId("claim-list-count").TextContentAsync());
        // The list is virtual: only the rows in view exist.
        var rows = page.GetByTestId("claim-list").Locator("tbody tr");
        Assert.InRange(await rows.CountAsync(), 5, 200);
        // Far out, claims are clustered: a claim has no symbol of its own.
        Assert.Null(await page.EvaluateAsync<double[]?>("() => window.borderMap.claimPixel('synthetic-0')"));

        // From the list: the selected claim leaves its cluster and opens.
        var id = await rows.Nth(2).GetAttributeAsync("data-claim-id");
        await rows.Nth(2).ClickAsync();
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{id}']").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("claim-quote").TextContentAsync()));
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.NotNull(await page.EvaluateAsync<double[]?>("id => window.borderMap.claimPixel(id)", id));

        // On the map: zoomed in on a claim, it is drawn on its own and a click selects it.
        using var api = new HttpClient { BaseAddress = session.Url };
        var anchor = (await api.GetFromJsonAsync<JsonElement>("api/claims/synthetic-0")).GetProperty("properties").GetProperty("anchor");
        var (x, y) = WebMercator(anchor[0].GetDouble(), anchor[1].GetDouble());
        await page.EvaluateAsync("([x, y]) => { const view = window.borderMap.map.getView(); view.setCenter([x, y]); view.setZoom(view.getMaxZoom()); }", new[] { x, y });
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var pixel = await page.EvaluateAsync<double[]?>("() => window.borderMap.claimPixel('synthetic-0')");
        Assert.NotNull(pixel);
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
        await page.Locator("[data-testid='claim-panel'][data-claim-id='synthetic-0']").WaitForAsync();
        await page.CloseAsync();
    }

    private static (double X, double Y) WebMercator(double lon, double lat) =>
        (lon * 20037508.342789244 / 180, Math.Log(Math.Tan((90 + lat) * Math.PI / 360)) * 6378137);
}
