using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The app served with a count cap of 3 (<c>--count-cap 3</c>) and its default time budget over the
/// shipped claims: the actor filter "Taliban" (9 claims) and a searched word are counted claim by
/// claim past the cap, but a store this small counts them all within the budget, so the legend, the
/// claims layer, the histogram, the region panel and the claim list show exact numbers, no "N+".
/// </summary>
public partial class ExactCountTests(ExactCountTests.LowCapSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<ExactCountTests.LowCapSession>
{
    protected override BrowserSession Session => session;

    public sealed class LowCapSession : EditorSession
    {
        protected override async Task<string[]> ServeArgumentsAsync() => [.. await base.ServeArgumentsAsync(), "--count-cap", "3"];
    }

    [Fact]
    public async Task Counts_past_the_cap_that_fit_the_time_budget_show_exact_numbers()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        var region = await client.GetFromJsonAsync<JsonElement>("api/regions/AF?actor=Taliban");
        Assert.True(region.GetProperty("claimCount").GetInt32() > 3, "the region must hold more Taliban claims than the cap");
        Assert.False(region.GetProperty("countsAtLeast").GetBoolean());
        var word = await client.GetFromJsonAsync<JsonElement>("api/claims/facets?actor=Taliban&q=taliban");
        Assert.True(word.GetProperty("total").GetInt32() > 3, "the word must match more claims than the cap");

        var page = await session.OpenAppAsync("#actor=Taliban&sel=area:AF");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var panel = page.Locator("[data-testid='area-panel'][data-area-id='AF'][data-loaded='true']");
        await Assertions.Expect(panel.GetByTestId("region-claim-count")).ToHaveTextAsync(ExactClaims());
        await Assertions.Expect(page.GetByTestId("time-histogram")).ToHaveAttributeAsync("data-at-least", "false");
        await Assertions.Expect(page.GetByTestId("time-histogram-bound")).ToBeHiddenAsync();

        await page.GetByTestId("claim-list-search").FillAsync("taliban");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        await Assertions.Expect(page.GetByTestId("claim-list")).ToHaveAttributeAsync("aria-busy", "false");
        await Assertions.Expect(page.GetByTestId("claim-list-count")).ToHaveTextAsync(ExactListCount());
        Assert.Equal(0, await page.Locator(".at-least, [data-at-least='true']").CountAsync());
        Assert.All(await page.GetByTestId("legend").Locator(".count").AllTextContentsAsync(), count => Assert.DoesNotContain("+", count, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^[1-9][\d,]* claims$")]
    private static partial Regex ExactClaims();

    /// <summary>"N of M" (or "M") with M a number: no "+".</summary>
    [GeneratedRegex(@"^([\d,]+ of )?[1-9][\d,]*$")]
    private static partial Regex ExactListCount();
}
