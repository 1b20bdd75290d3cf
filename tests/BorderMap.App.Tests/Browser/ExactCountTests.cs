using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The app served with a count cap of 3 (<c>--count-cap 3</c>) and its default time budget over the
/// shipped claims: the actor filter "Taliban" (9 claims) and a searched word are counted claim by
/// claim past the cap, but a store this small counts them all within the budget, so the legend, the
/// claims layer, the histogram, the region panel and the claim list show exact numbers, no "N+".
/// </summary>
public class ExactCountTests(ExactCountTests.LowCapSession session) : IClassFixture<ExactCountTests.LowCapSession>
{
    public sealed class LowCapSession : EditorSession
    {
        protected override async Task<string[]> ServeArgumentsAsync() => [.. await base.ServeArgumentsAsync(), "--count-cap", "3"];
    }

    [Fact]
    public async Task Counts_past_the_cap_that_fit_the_time_budget_show_exact_numbers()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        var facets = await client.GetFromJsonAsync<JsonElement>("api/claims/facets?actor=Taliban");
        Assert.Equal(9, facets.GetProperty("total").GetInt32());
        Assert.False(facets.GetProperty("atLeast").GetBoolean());
        var region = await client.GetFromJsonAsync<JsonElement>("api/regions/AF?actor=Taliban");
        var regionCount = region.GetProperty("claimCount").GetInt32();
        Assert.True(regionCount > 3, "the region must hold more Taliban claims than the cap");

        var page = await session.OpenAppAsync("#actor=Taliban&sel=area:AF");
        await page.EvaluateAsync("() => window.borderMap.settled()");

        Assert.Equal(0, await page.Locator("[data-at-least='true']").CountAsync());
        await Assertions.Expect(page.GetByTestId("layer-switcher").Locator(".count").First).ToHaveTextAsync("9");
        await Assertions.Expect(page.GetByTestId("time-histogram")).ToHaveAttributeAsync("data-at-least", "false");
        await Assertions.Expect(page.GetByTestId("time-histogram-bound")).ToBeHiddenAsync();
        var panel = page.Locator("[data-testid='area-panel'][data-area-id='AF'][data-loaded='true']");
        await Assertions.Expect(panel.GetByTestId("region-claim-count")).ToHaveTextAsync($"{regionCount} claims");

        var word = await client.GetFromJsonAsync<JsonElement>("api/claims/facets?actor=Taliban&q=taliban");
        Assert.True(word.GetProperty("total").GetInt32() > 3, "the word must match more claims than the cap");
        await page.GetByTestId("claim-list-search").FillAsync("taliban");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        await Assertions.Expect(page.GetByTestId("claim-list")).ToHaveAttributeAsync("aria-busy", "false");
        await Assertions.Expect(page.GetByTestId("claim-list-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"(^| of ){word.GetProperty("total").GetInt32()}$"));
    }
}
