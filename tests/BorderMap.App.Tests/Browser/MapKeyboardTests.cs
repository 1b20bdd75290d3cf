using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The map from the keyboard alone: Tab reaches it and shows a focus ring, arrow keys pan,
/// + zooms, N and P step through the claims drawn on the map (the details panel follows and a live
/// region announces each), and Escape clears the selection.
/// </summary>
public class MapKeyboardTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private static async Task SettledAsync(IPage page) => await page.EvaluateAsync("() => window.borderMap.settled()");

    private static async Task<double[]> ViewAsync(IPage page) =>
        await page.EvaluateAsync<double[]>("() => { const v = window.borderMap.map.getView(); return [...v.getCenter(), v.getZoom()]; }");

    private static async Task<string?> SelectedClaimAsync(IPage page)
    {
        var selection = await page.EvaluateAsync<JsonElement>("() => window.borderMap.state().selection");
        return selection.ValueKind == JsonValueKind.Object && selection.GetProperty("kind").GetString() == "claim"
            ? selection.GetProperty("id").GetString()
            : null;
    }

    private static async Task PressAsync(IPage page, string key)
    {
        await page.Keyboard.PressAsync(key);
        await SettledAsync(page);
    }

    [Fact]
    public async Task Tab_reaches_the_map_whose_keys_pan_zoom_and_step_through_the_claims()
    {
        var page = await session.OpenAppAsync();
        for (var tabs = 0; tabs < 400 && !await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'map'"); tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'map'"), "Tab never reached the map");
        Assert.Equal("solid", await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('map')).outlineStyle"));

        var start = await ViewAsync(page);
        await PressAsync(page, "ArrowRight");
        var panned = await ViewAsync(page);
        Assert.True(panned[0] > start[0], "ArrowRight did not pan east");
        await PressAsync(page, "+");
        Assert.True((await ViewAsync(page))[2] > panned[2] + 0.5, "+ did not zoom in");

        // N and P step through the claims drawn on their own: close in on Mazar-i-Sharif, where three are.
        await ClaimMap.ZoomToClaimAsync(page, "russia-closes-mazar-consulate");

        await PressAsync(page, "n");
        var first = await SelectedClaimAsync(page);
        Assert.NotNull(first);
        var panel = page.Locator($"[data-testid='claim-panel'][data-claim-id='{first}']");
        await panel.WaitForAsync();
        var title = await panel.GetByTestId("claim-title").TextContentAsync() ?? "";
        Assert.Contains(title, await page.GetByTestId("map-announcer").TextContentAsync() ?? "", StringComparison.Ordinal);

        await PressAsync(page, "n");
        var second = await SelectedClaimAsync(page);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        await PressAsync(page, "p");
        Assert.Equal(first, await SelectedClaimAsync(page));

        await PressAsync(page, "Escape");
        Assert.Null(await SelectedClaimAsync(page));
        await page.GetByTestId("details-empty").WaitForAsync();
    }
}
