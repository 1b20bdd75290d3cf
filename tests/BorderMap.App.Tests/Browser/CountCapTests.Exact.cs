using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// Under the same cap and no budget, a user who sees "N+" clicks it and reads the exact figure,
/// which the server counts on request (<c>exact=1</c>) within its own longer budget.
/// </summary>
public partial class CountCapTests
{
    [Fact]
    public async Task Clicking_a_lower_bound_shows_the_exact_count()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        var facets = await client.GetFromJsonAsync<JsonElement>("api/claims/facets?actor=Taliban&exact=1");
        Assert.False(facets.GetProperty("atLeast").GetBoolean());
        var total = facets.GetProperty("total").GetInt32();
        var region = await client.GetFromJsonAsync<JsonElement>("api/regions/AF?actor=Taliban&exact=1");
        Assert.False(region.GetProperty("countsAtLeast").GetBoolean());
        var regionTotal = region.GetProperty("claimCount").GetInt32();
        Assert.True(total > 4 && regionTotal > 4, "more claims must match than the cap and one more");

        var page = await session.OpenAppAsync("#actor=Taliban&sel=area:AF");
        await page.EvaluateAsync("() => window.borderMap.settled()");

        var layerCount = page.Locator("label:has([data-testid='layer-toggle-claims']) .count");
        await Assertions.Expect(layerCount).ToHaveTextAsync("4+");
        await Assertions.Expect(layerCount).ToHaveAttributeAsync("title", new Regex("Click to count them exactly"));
        await layerCount.ClickAsync();
        await Assertions.Expect(layerCount).ToHaveTextAsync(total.ToString("N0", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("layer-toggle-claims")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByTestId("legend").Locator(".count[data-at-least='true']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("claim-list-count")).ToHaveTextAsync(new Regex($"^(\\d+ of )?{total}$"));

        var claimCount = page.Locator("[data-testid='area-panel'][data-area-id='AF'][data-loaded='true']").GetByTestId("region-claim-count");
        await Assertions.Expect(claimCount).ToHaveTextAsync("at least 4 claims");
        await claimCount.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='area-panel'][data-area-id='AF'][data-loaded='true']").GetByTestId("region-claim-count"))
            .ToHaveTextAsync($"{regionTotal} claims");
    }
}
