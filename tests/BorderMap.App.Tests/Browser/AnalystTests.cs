using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The analyst's workbench in a real Chromium against the real server: region panel, filters,
/// permalinks, claim list, search, choropleth and the export dialog, driven by real clicks and
/// keys. Pixels come from the page's <c>window.borderMap</c> hooks.
/// </summary>
public partial class AnalystTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private const string SoldiersClaim = "afghan-soldiers-cross-into-tajikistan";

    private static async Task SettledAsync(IPage page) => await page.EvaluateAsync("() => window.borderMap.settled()");

    private static async Task<string[]> DrawnClaimIdsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.borderMap.drawnClaimIds()");

    private static async Task ClickRegionAsync(IPage page, string regionId)
    {
        var pixel = await page.EvaluateAsync<double[]?>("id => window.borderMap.regionPixel(id)", regionId);
        Assert.NotNull(pixel);
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
    }

    private static async Task<int> DrawnClaimCountAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => window.borderMap.drawnClaimCount()");

    private static async Task<string[]> ListedClaimIdsAsync(IPage page) =>
        await page.GetByTestId("claim-list").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.claimId).sort()");

    private static async Task<JsonElement> StateAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("() => window.borderMap.state()")).Clone();

    private static ILocator RegionPanel(IPage page, string regionId) =>
        page.Locator($"[data-testid='area-panel'][data-area-id='{regionId}'][data-loaded='true']");

    [Fact]
    public async Task Clicking_Badakhshan_shows_its_names_area_borders_and_claims()
    {
        var page = await session.OpenAppAsync();

        await ClickRegionAsync(page, "AF-BDS");

        var panel = RegionPanel(page, "AF-BDS");
        await panel.WaitForAsync();
        Assert.Equal("Badakhshan", await panel.GetByTestId("area-name").TextContentAsync());
        Assert.Matches(KmSquared(), await panel.GetByTestId("region-area").TextContentAsync() ?? "");
        Assert.Equal("rtl", await panel.Locator("dd[data-lang='fa']").GetAttributeAsync("dir"));
        Assert.Equal("Badachschan", await panel.Locator("dd[data-lang='de']").TextContentAsync());

        var tajikistan = panel.GetByTestId("region-borders").Locator("[data-border-id='TJ']");
        var border = await tajikistan.TextContentAsync() ?? "";
        Assert.Contains("Tajikistan", border, StringComparison.Ordinal);
        var km = double.Parse(Kilometres().Match(border).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Assert.InRange(km, 700, 1000);

        var claims = panel.GetByTestId("region-claims");
        Assert.True(int.Parse(await claims.GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture) >= 5);
        Assert.Contains("Territorial control", await claims.TextContentAsync(), StringComparison.Ordinal);

        // A claim in the panel selects it.
        await claims.Locator($"button[data-claim-id='{SoldiersClaim}']").ClickAsync();
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{SoldiersClaim}']").WaitForAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_first_date_histogram_is_drawn_from_one_request_for_the_months_and_one_for_the_bars()
    {
        var asked = new ConcurrentQueue<Uri>();
        var page = await session.OpenAppRecordingAsync(asked);

        var histogram = page.GetByTestId("time-histogram");
        var bin = await histogram.GetAttributeAsync("data-bin");
        // The seeded claims span 1996–2021, most of them in July 2021: the axis has room for bars finer than months.
        Assert.NotEqual("month", bin);
        Assert.True(await histogram.Locator("rect.bar-all").CountAsync() >= 3);
        // Unfiltered, the bars under the filters are the bars of every claim: not asked a second time.
        var histograms = asked.Where(uri => uri.AbsolutePath == "/api/claims/histogram").Select(uri => uri.Query).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "?bin=month", $"?bin={bin}" }.Order(StringComparer.Ordinal), histograms);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Unchecking_a_category_and_narrowing_the_dates_change_what_the_map_draws()
    {
        const string helmand = "taliban-seize-districts-in-helmand";
        const string bundeswehr = "bundeswehr-last-troops-leave-mazar"; // 24–30 June
        var page = await session.OpenAppAsync();
        var opening = await page.EvaluateAsync<double[]>("() => { const v = window.borderMap.map.getView(); return [...v.getCenter(), v.getZoom()]; }");
        // The opening view shows every claim, in cluster badges.
        var all = await DrawnClaimCountAsync(page);
        Assert.Equal((await ListedClaimIdsAsync(page)).Length, all);
        await ClaimMap.ZoomToClaimAsync(page, helmand);
        Assert.Contains(helmand, await DrawnClaimIdsAsync(page));

        await page.GetByTestId("filter-category-territorial-control").ClickAsync();
        await SettledAsync(page);
        Assert.DoesNotContain(helmand, await DrawnClaimIdsAsync(page));
        await ClaimMap.ZoomToClaimAsync(page, SoldiersClaim);
        Assert.Contains(SoldiersClaim, await DrawnClaimIdsAsync(page));
        await ClaimMap.ZoomToClaimAsync(page, bundeswehr);
        Assert.Contains(bundeswehr, await DrawnClaimIdsAsync(page));

        await page.GetByTestId("filter-from").FillAsync("2021-07-05");
        await page.GetByTestId("filter-to").FillAsync("2021-07-05");
        await SettledAsync(page);
        Assert.DoesNotContain(bundeswehr, await DrawnClaimIdsAsync(page));
        await ClaimMap.ZoomToClaimAsync(page, SoldiersClaim);
        Assert.Contains(SoldiersClaim, await DrawnClaimIdsAsync(page));

        // The claim list shows what the filters pass, and the map counts exactly those in the opening view.
        var rows = await ListedClaimIdsAsync(page);
        Assert.Contains(SoldiersClaim, rows);
        Assert.DoesNotContain(helmand, rows);
        Assert.DoesNotContain(bundeswehr, rows);
        await page.EvaluateAsync("([x, y, zoom]) => { const v = window.borderMap.map.getView(); v.setCenter([x, y]); v.setZoom(zoom); }", opening);
        await SettledAsync(page);
        var filtered = await DrawnClaimCountAsync(page);
        Assert.True(filtered < all);
        Assert.Equal(rows.Length, filtered);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_permalink_restores_filters_selection_choropleth_and_view()
    {
        var page = await session.OpenAppAsync();
        await page.GetByTestId("filter-from").FillAsync("2021-07-01");
        await page.GetByTestId("filter-precision-4").ClickAsync();
        await page.GetByTestId("filter-actor").SelectOptionAsync(["Taliban"]);
        await page.GetByTestId("choropleth-toggle").ClickAsync();
        await SettledAsync(page);
        // Pan by dragging the map.
        var map = await page.GetByTestId("map").BoundingBoxAsync();
        Assert.NotNull(map);
        var (x, y) = (map.X + 120, map.Y + map.Height - 80);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x - 90, y - 60, new MouseMoveOptions { Steps = 6 });
        await page.Mouse.UpAsync();
        await SettledAsync(page);
        await ClaimMap.ClickAsync(page, SoldiersClaim);
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{SoldiersClaim}']").WaitForAsync();
        await SettledAsync(page);
        var before = await StateAsync(page);
        var drawnBefore = await DrawnClaimIdsAsync(page);
        var url = page.Url;
        Assert.Contains("#", url, StringComparison.Ordinal);

        var copy = await session.OpenAppAsync(url);
        await SettledAsync(copy);
        var after = await StateAsync(copy);

        foreach (var part in new[] { "filters", "selection", "choropleth", "hiddenLayers", "list" })
        {
            Assert.Equal(before.GetProperty(part).GetRawText(), after.GetProperty(part).GetRawText());
        }

        Assert.Equal("2021-07-01", after.GetProperty("filters").GetProperty("from").GetString());
        var (v1, v2) = (before.GetProperty("view"), after.GetProperty("view"));
        Assert.Equal(v1.GetProperty("zoom").GetDouble(), v2.GetProperty("zoom").GetDouble(), 0.01);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(v1.GetProperty("center")[i].GetDouble(), v2.GetProperty("center")[i].GetDouble(), 0.001);
        }

        Assert.Equal(drawnBefore, await DrawnClaimIdsAsync(copy));
        await copy.Locator($"[data-testid='claim-panel'][data-claim-id='{SoldiersClaim}']").WaitForAsync();
        Assert.False(await copy.GetByTestId("filter-precision-4").IsCheckedAsync());
        Assert.Equal("2021-07-01", await copy.GetByTestId("filter-from").InputValueAsync());
        Assert.True(await copy.GetByTestId("choropleth-legend").IsVisibleAsync());
        await copy.CloseAsync();
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("Badachschan")]
    [InlineData("Бадахшан")]
    public async Task The_search_finds_Badakhshan_and_zooms_to_it(string spelling)
    {
        var page = await session.OpenAppAsync();
        var zoomBefore = await page.EvaluateAsync<double>("() => window.borderMap.map.getView().getZoom()");

        await page.GetByTestId("search-input").FillAsync(spelling);
        var result = page.GetByTestId("search-result-region-AF-BDS");
        await result.WaitForAsync();
        await result.ClickAsync();

        await RegionPanel(page, "AF-BDS").WaitForAsync();
        await SettledAsync(page);
        Assert.True(await page.EvaluateAsync<double>("() => window.borderMap.map.getView().getZoom()") > zoomBefore);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_claim_list_follows_the_map_and_works_from_the_keyboard()
    {
        var page = await session.OpenAppAsync();

        // Hovering a symbol on the map highlights its row.
        await ClaimMap.ZoomToClaimAsync(page, SoldiersClaim);
        var pixel = await ClaimMap.PixelAsync(page, SoldiersClaim);
        await page.Mouse.MoveAsync((float)pixel[0], (float)pixel[1]);
        await Assertions.Expect(page.GetByTestId($"claim-row-{SoldiersClaim}")).ToHaveClassAsync(Hovered());

        // Sort by title, move down with the arrow key, Enter selects.
        var list = page.GetByTestId("claim-list");
        await list.Locator("button[data-sort='title']").ClickAsync();
        var ids = await list.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.claimId)");
        await page.GetByTestId($"claim-row-{ids[0]}").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(ids[1], await page.EvaluateAsync<string?>("() => window.borderMap.hoveredClaimId()"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{ids[1]}']").WaitForAsync();

        // The search box narrows the list.
        await page.GetByTestId("claim-list-search").FillAsync("consulate");
        await SettledAsync(page);
        Assert.True(await list.Locator("tbody tr").CountAsync() is > 0 and < 5);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Choropleth_mode_shades_provinces_and_shows_a_legend()
    {
        var page = await session.OpenAppAsync();
        Assert.False(await page.GetByTestId("choropleth-legend").IsVisibleAsync());

        await page.GetByTestId("choropleth-toggle").ClickAsync();
        await SettledAsync(page);

        var legend = page.GetByTestId("choropleth-legend");
        Assert.True(await legend.IsVisibleAsync());
        Assert.Contains("claim", await legend.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.borderMap.state().choropleth"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_export_dialog_downloads_a_PNG()
    {
        var page = await session.OpenAppAsync();
        await page.GetByTestId("export-button").ClickAsync();
        var dialog = page.GetByTestId("export-dialog");
        await dialog.WaitForAsync();
        await page.GetByTestId("export-format").SelectOptionAsync(["png"]);
        await page.GetByTestId("export-width").FillAsync("800");
        await page.GetByTestId("export-title").FillAsync("Browser test export");

        // The wait bounds a hang, not speed: on a loaded two-core machine the server's render took over 30 s.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-download").ClickAsync(), new() { Timeout = 120_000 });

        await using var stream = await download.CreateReadStreamAsync();
        var header = new byte[8];
        await stream.ReadExactlyAsync(header);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        await page.CloseAsync();
    }

    [GeneratedRegex(@"^[\d,]+ km²$")]
    private static partial Regex KmSquared();

    [GeneratedRegex(@"([\d,]+\.\d) km")]
    private static partial Regex Kilometres();

    [GeneratedRegex(@"\bhovered\b")]
    private static partial Regex Hovered();
}
