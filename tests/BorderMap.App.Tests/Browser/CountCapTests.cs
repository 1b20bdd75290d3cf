using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The app served with a count cap of 3 and no time to count exactly (<c>--count-cap 3 --count-budget 0</c>)
/// over the shipped claims: the actor filter "Taliban" (9 claims) is counted claim by claim and
/// crosses the cap, so the legend, the
/// claims layer, the date histogram and the region panel show their counts as lower bounds, "N+"
/// with a tooltip; the actor list, counted without the actor filter from the pre-counted tables,
/// stays exact.
/// </summary>
public partial class CountCapTests(CountCapTests.CappedSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<CountCapTests.CappedSession>
{
    protected override BrowserSession Session => session;

    public sealed class CappedSession : EditorSession
    {
        protected override async Task<string[]> ServeArgumentsAsync() => [.. await base.ServeArgumentsAsync(), "--count-cap", "3", "--count-budget", "0"];
    }

    [Fact]
    public async Task Counts_past_the_cap_show_as_lower_bounds_with_a_tooltip_and_exact_ones_do_not()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        var region = await client.GetFromJsonAsync<JsonElement>("api/regions/AF?actor=Taliban");
        Assert.True(region.GetProperty("countsAtLeast").GetBoolean(), "the region must hold more Taliban claims than the cap");

        var page = await session.OpenAppAsync("#actor=Taliban&sel=area:AF");
        await page.EvaluateAsync("() => window.borderMap.settled()");

        var legendBounds = page.GetByTestId("legend").Locator(".count[data-at-least='true']");
        await Assertions.Expect(legendBounds.First).ToHaveTextAsync(LowerBound());
        await Assertions.Expect(legendBounds.First).ToHaveAttributeAsync("title", new Regex("^At least this many"));
        await Assertions.Expect(page.GetByTestId("layer-switcher").Locator(".count[data-at-least='true']")).ToHaveTextAsync("4+");

        var histogram = page.GetByTestId("time-histogram");
        await Assertions.Expect(histogram).ToHaveAttributeAsync("data-at-least", "true");
        await Assertions.Expect(page.GetByTestId("time-histogram-bound")).ToBeVisibleAsync();

        var panel = page.Locator("[data-testid='area-panel'][data-area-id='AF'][data-loaded='true']");
        await Assertions.Expect(panel.GetByTestId("region-claim-count")).ToHaveTextAsync("at least 4 claims");
        await Assertions.Expect(panel.GetByTestId("region-claim-count")).ToHaveAttributeAsync("data-at-least", "true");

        // Counted from the pre-counted tables (the actor list drops its own filter): exact, no "+".
        var actorOptions = await page.Locator("select option").AllTextContentsAsync();
        Assert.Contains("Taliban (9)", actorOptions);
    }

    [GeneratedRegex(@"^\d[\d,]*\+$")]
    private static partial Regex LowerBound();
}
