using System.Globalization;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The date histogram with a claim far from the others: the axis is broken over the empty years,
/// so the 2021 claims keep several bars, and it zooms from the keyboard and back.
/// </summary>
public class TimeHistogramTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    /// <summary>Adds a claim from March 2024 to this class's own store.</summary>
    private async Task AddFarAwayClaimAsync()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        var body = ClaimBodies.Valid("far-away-2024", p => (p["eventDate"], p["reportedDate"]) = ("2024-03-10", "2024-03-11"));
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
        using var created = await client.PostAsync(new Uri("api/claims", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task<string[]> BarStartsAsync(Microsoft.Playwright.IPage page) =>
        await page.GetByTestId("time-histogram").Locator("rect.bar-all").EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.start)");

    /// <summary>The width of the 2021 bars together, in the chart's units.</summary>
    private static async Task<double> BarWidthAsync(Microsoft.Playwright.IPage page) =>
        await page.GetByTestId("time-histogram").Locator("rect.bar-all").EvaluateAllAsync<double>(
            "bars => bars.filter(b => b.dataset.start.startsWith('2021')).reduce((sum, b) => sum + Number(b.getAttribute('width')), 0)");

    private static int CountIn(string[] starts, int year) =>
        starts.Count(s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture).Year == year);

    [Fact]
    public async Task A_claim_in_2024_leaves_the_2021_claims_spread_over_several_bars_and_the_axis_zooms()
    {
        await AddFarAwayClaimAsync();
        var page = await session.OpenAppAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var histogram = page.GetByTestId("time-histogram");

        var starts = await BarStartsAsync(page);
        Assert.Equal(1, CountIn(starts, 2024));
        Assert.True(CountIn(starts, 2021) >= 3, string.Join(", ", starts));
        Assert.True(await histogram.Locator("path.gap-break").CountAsync() >= 1);
        var widthBefore = await BarWidthAsync(page);

        // Zoom in from the keyboard: the busy 2021 stretch fills the axis, in finer bars.
        await page.GetByTestId("time-zoom-in").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.Equal("true", await histogram.GetAttributeAsync("data-zoomed"));
        Assert.Equal(0, CountIn(await BarStartsAsync(page), 2024));
        Assert.True(await BarWidthAsync(page) > 1.5 * widthBefore);
        await page.Keyboard.PressAsync("Enter");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.Equal("day", await histogram.GetAttributeAsync("data-bin"));
        Assert.True(CountIn(await BarStartsAsync(page), 2021) >= 3);

        // The slider spans the zoomed stretch: its right end is a day of summer 2021.
        await page.GetByTestId("time-from-handle").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.StartsWith("2021-0", await page.GetByTestId("filter-from").InputValueAsync(), StringComparison.Ordinal);

        await page.GetByTestId("time-zoom-reset").ClickAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.Equal("false", await histogram.GetAttributeAsync("data-zoomed"));
        Assert.Equal(1, CountIn(await BarStartsAsync(page), 2024));
        await page.CloseAsync();
    }
}
