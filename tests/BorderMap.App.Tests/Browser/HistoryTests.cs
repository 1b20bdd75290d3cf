using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The browser's Back and Forward walk through what the analyst selected, restoring the screen
/// from the address; "Copy link" puts that address on the clipboard.
/// </summary>
public class HistoryTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private const string SoldiersClaim = "afghan-soldiers-cross-into-tajikistan";
    private const string HelmandClaim = "taliban-seize-districts-in-helmand";

    private static ILocator ClaimPanel(IPage page, string claimId) =>
        page.Locator($"[data-testid='claim-panel'][data-claim-id='{claimId}']");

    private static async Task<string?> SelectedAsync(IPage page)
    {
        var state = await page.EvaluateAsync<JsonElement>("() => window.borderMap.state()");
        var selection = state.GetProperty("selection");
        return selection.ValueKind == JsonValueKind.Null ? null : $"{selection.GetProperty("kind").GetString()}:{selection.GetProperty("id").GetString()}";
    }

    [Fact]
    public async Task Back_and_Forward_walk_through_the_selections()
    {
        var page = await session.OpenAppAsync();
        var start = await page.EvaluateAsync<int>("() => history.length");

        await page.GetByTestId($"claim-row-{SoldiersClaim}").ClickAsync();
        await ClaimPanel(page, SoldiersClaim).WaitForAsync();
        await page.GetByTestId($"claim-row-{HelmandClaim}").ClickAsync();
        await ClaimPanel(page, HelmandClaim).WaitForAsync();
        var pixel = await page.EvaluateAsync<double[]?>("id => window.borderMap.regionPixel(id)", "AF-BDS");
        Assert.NotNull(pixel);
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
        await page.Locator("[data-testid='area-panel'][data-area-id='AF-BDS']").WaitForAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.Equal(start + 3, await page.EvaluateAsync<int>("() => history.length"));

        await page.GoBackAsync();
        await ClaimPanel(page, HelmandClaim).WaitForAsync();
        await page.GoBackAsync();
        await ClaimPanel(page, SoldiersClaim).WaitForAsync();
        Assert.Equal($"claim:{SoldiersClaim}", await SelectedAsync(page));
        Assert.Contains($"sel=claim%3A{SoldiersClaim}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId($"claim-row-{SoldiersClaim}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));

        await page.GoForwardAsync();
        await ClaimPanel(page, HelmandClaim).WaitForAsync();
        Assert.Equal($"claim:{HelmandClaim}", await SelectedAsync(page));

        // Back at the first entry of the app: nothing selected, as it opened.
        await page.GoBackAsync();
        await page.GoBackAsync();
        await page.GetByTestId("details-empty").WaitForAsync();
        Assert.Null(await SelectedAsync(page));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Copy_link_puts_the_address_of_the_screen_on_the_clipboard()
    {
        var page = await session.OpenAppAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = session.Url.GetLeftPart(UriPartial.Authority) });
        await page.GetByTestId($"claim-row-{SoldiersClaim}").ClickAsync();
        await ClaimPanel(page, SoldiersClaim).WaitForAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");

        await page.GetByTestId("copy-link").ClickAsync();

        await Assertions.Expect(page.GetByTestId("copy-link-status")).ToHaveTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(page.Url, copied);
        Assert.Contains($"sel=claim%3A{SoldiersClaim}", copied, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Where_the_page_may_not_write_the_clipboard_Copy_link_shows_the_address_to_copy()
    {
        var page = await session.OpenAppAsync();
        await page.EvaluateAsync("() => Object.defineProperty(navigator, 'clipboard', { value: undefined })");
        await page.GetByTestId($"claim-row-{HelmandClaim}").ClickAsync();
        await ClaimPanel(page, HelmandClaim).WaitForAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");

        await page.GetByTestId("copy-link").ClickAsync();

        var shown = page.GetByTestId("copy-link-url");
        await Assertions.Expect(shown).ToBeVisibleAsync();
        await Assertions.Expect(shown).ToHaveValueAsync(page.Url);
        await Assertions.Expect(shown).ToBeFocusedAsync();
        await page.CloseAsync();
    }
}
