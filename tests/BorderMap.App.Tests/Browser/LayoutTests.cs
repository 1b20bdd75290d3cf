using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The workbench at the screen sizes people use, from a small laptop (1024×700, 1366×768) to a
/// full-HD screen, and usable at 800×600 where the side panels become drawers. Every panel's
/// controls must be visible, inside the window and clear of the map: asserted on bounding boxes,
/// not pixels.
/// </summary>
public class LayoutTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private const string SoldiersClaim = "afghan-soldiers-cross-into-tajikistan";
    private const string BorderSource = "tj-af-border-2021-07-05";

    /// <summary>The left panel's controls, by test id.</summary>
    private static readonly string[] LeftPanelControls = ["layer-toggle-countries", "layer-toggle-claims", "choropleth-toggle", "time-histogram", "filter-from", "filter-to", "filter-category-territorial-control", "filter-status-reported", "filter-actor"];

    /// <summary>The top bar's controls, by test id.</summary>
    private static readonly string[] TopBarControls = ["search-input", "add-claim-button", "export-button", "copy-link"];

    [Theory]
    [InlineData(1024, 700)]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task Every_panel_shows_its_controls_inside_the_window_and_clear_of_the_map(int width, int height)
    {
        var page = await OpenAtAsync(width, height);
        var map = await BoxAsync(page.GetByTestId("map"));
        var left = await BoxAsync(page.Locator("#panel-left"));
        var details = await BoxAsync(page.Locator("#details"));
        Assert.True(map.Width >= 320 && map.Height >= 300, $"the map is {map.Width}×{map.Height}");
        AssertInsideWindow(left, width, height, "the left panel");
        AssertInsideWindow(details, width, height, "the right panel");
        AssertApart(left, map, "the left panel");
        AssertApart(details, map, "the right panel");

        foreach (var testId in TopBarControls)
        {
            AssertInsideWindow(await VisibleBoxAsync(page.GetByTestId(testId)), width, height, testId);
        }

        foreach (var testId in LeftPanelControls)
        {
            var box = await VisibleBoxAsync(page.GetByTestId(testId).First);
            AssertInsideWindow(box, width, height, testId);
            AssertWithin(box, left, testId);
        }

        // The claim list under the map keeps its Title column, wide enough to read.
        var list = await BoxAsync(page.Locator("#claim-list"));
        AssertApart(list, map, "the claim list");
        var title = await VisibleBoxAsync(page.Locator("[data-testid='claim-list'] th.col-title"));
        Assert.True(title.Width >= 90, $"the Title column is {title.Width} px wide");
        AssertWithin(title, list, "the Title column");
        AssertWithin(await VisibleBoxAsync(page.GetByTestId("claim-list-search")), list, "claim-list-search");

        // A selected claim's text wraps inside the right panel; nothing runs off its edge.
        await page.GetByTestId($"claim-row-{SoldiersClaim}").ClickAsync();
        await Settled(page);
        foreach (var testId in new[] { "claim-title", "claim-quote", "claim-translation", "show-in-source" })
        {
            AssertWithin(await VisibleBoxAsync(page.GetByTestId(testId)), details, testId);
        }

        var quoteOverflow = await page.GetByTestId("claim-quote").EvaluateAsync<bool>("q => q.scrollWidth > q.clientWidth");
        Assert.False(quoteOverflow, "the quote is cut off at the right");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1024, 700)]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task Add_claim_shows_the_source_picker_quote_box_and_placing_buttons_beside_the_map(int width, int height)
    {
        var page = await OpenAtAsync(width, height);
        await page.GetByTestId("add-claim-button").ClickAsync();
        await page.GetByTestId("editor-source").SelectOptionAsync([BorderSource]);
        await Assertions.Expect(page.GetByTestId("editor-source-text")).ToContainTextAsync("Badachschan");

        var map = await BoxAsync(page.GetByTestId("map"));
        var details = await BoxAsync(page.Locator("#details"));
        AssertApart(details, map, "the editor's panel");
        foreach (var testId in new[] { "editor-source", "editor-register-source", "editor-source-text", "editor-quote", "place-point", "place-line", "place-region", "editor-title", "editor-save" })
        {
            var box = await VisibleBoxAsync(page.GetByTestId(testId));
            AssertInsideWindow(box, width, height, testId);
            AssertWithin(box, details, testId);
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task At_800_by_600_the_side_panels_are_drawers_opened_from_the_top_bar()
    {
        var page = await OpenAtAsync(800, 600);
        var leftToggle = page.GetByTestId("toggle-left-panel");
        var detailsToggle = page.GetByTestId("toggle-details");
        await Assertions.Expect(leftToggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#panel-left")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#details")).ToBeHiddenAsync();
        var map = await BoxAsync(page.GetByTestId("map"));
        Assert.True(map.Width >= 780, $"with the drawers closed the map is {map.Width} px wide");
        foreach (var testId in TopBarControls.Append("toggle-left-panel").Append("toggle-details"))
        {
            AssertInsideWindow(await VisibleBoxAsync(page.GetByTestId(testId)), 800, 600, testId);
        }

        await leftToggle.ClickAsync();
        await Assertions.Expect(leftToggle).ToHaveAttributeAsync("aria-expanded", "true");
        var left = await BoxAsync(page.Locator("#panel-left"));
        foreach (var testId in LeftPanelControls)
        {
            var box = await VisibleBoxAsync(page.GetByTestId(testId).First);
            AssertInsideWindow(box, 800, 600, testId);
            AssertWithin(box, left, testId);
        }

        // A claim chosen in the list opens the details drawer (and closes the other).
        await page.GetByTestId($"claim-row-{SoldiersClaim}").ClickAsync();
        await Assertions.Expect(detailsToggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(leftToggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#panel-left")).ToBeHiddenAsync();
        var details = await BoxAsync(page.Locator("#details"));
        AssertInsideWindow(details, 800, 600, "the details drawer");
        AssertWithin(await VisibleBoxAsync(page.GetByTestId("claim-quote")), details, "claim-quote");

        await detailsToggle.ClickAsync();
        await Assertions.Expect(detailsToggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#details")).ToBeHiddenAsync();

        // Escape closes an open drawer.
        await leftToggle.ClickAsync();
        await Assertions.Expect(page.Locator("#panel-left")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(leftToggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#panel-left")).ToBeHiddenAsync();
        await page.CloseAsync();
    }

    private async Task<IPage> OpenAtAsync(int width, int height)
    {
        var page = await session.OpenAppAsync();
        await page.SetViewportSizeAsync(width, height);
        await Settled(page);
        return page;
    }

    private static async Task Settled(IPage page) => await page.EvaluateAsync("() => window.borderMap.settled()");

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{locator} has no box: it is not displayed");

    /// <summary>Scrolls the whole control into view within its panel (as the user would), then checks that it is visible and returns its box.</summary>
    private static async Task<LocatorBoundingBoxResult> VisibleBoxAsync(ILocator locator)
    {
        await locator.EvaluateAsync("e => e.scrollIntoView({ block: 'nearest', inline: 'nearest' })");
        await Assertions.Expect(locator).ToBeVisibleAsync();
        return await BoxAsync(locator);
    }

    private static void AssertInsideWindow(LocatorBoundingBoxResult box, int width, int height, string what) =>
        Assert.True(
            box.X >= 0 && box.Y >= 0 && box.X + box.Width <= width + 0.5 && box.Y + box.Height <= height + 0.5,
            $"{what} ({Describe(box)}) is not inside the {width}×{height} window");

    private static void AssertWithin(LocatorBoundingBoxResult inner, LocatorBoundingBoxResult outer, string what) =>
        Assert.True(
            inner.X >= outer.X - 0.5 && inner.X + inner.Width <= outer.X + outer.Width + 0.5
                && inner.Y >= outer.Y - 0.5 && inner.Y + inner.Height <= outer.Y + outer.Height + 0.5,
            $"{what} ({Describe(inner)}) runs out of its panel ({Describe(outer)})");

    private static void AssertApart(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b, string what)
    {
        var overlapX = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
        var overlapY = Math.Min(a.Y + a.Height, b.Y + b.Height) - Math.Max(a.Y, b.Y);
        Assert.False(overlapX > 0.5 && overlapY > 0.5, $"{what} ({Describe(a)}) overlaps the map ({Describe(b)})");
    }

    private static string Describe(LocatorBoundingBoxResult box) => $"{box.X:0},{box.Y:0} {box.Width:0}×{box.Height:0}";
}
