using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

public class ClaimPopupTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task Clicking_the_1037_soldiers_claim_on_the_map_shows_its_quote_and_translation()
    {
        var page = await session.OpenAppAsync();

        await ClaimMap.ClickAsync(page, "afghan-soldiers-cross-into-tajikistan");

        var quote = await page.GetByTestId("claim-quote").TextContentAsync();
        Assert.Contains("1.037 tentara melarikan diri Senin malam", quote, StringComparison.Ordinal);
        Assert.Contains("1,037", await page.GetByTestId("claim-translation").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("2021", await page.GetByTestId("claim-date").TextContentAsync(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("claim-source").TextContentAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("claim-precision").TextContentAsync()));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Show_in_source_highlights_the_quote_in_the_full_text()
    {
        var page = await session.OpenAppAsync();
        await ClaimMap.ClickAsync(page, "russia-closes-mazar-consulate");

        await page.GetByTestId("show-in-source").ClickAsync();

        var highlight = page.GetByTestId("source-highlight");
        await highlight.WaitForAsync();
        Assert.Equal("Ditutup karena situasi keamanan yang memburuk Rusia konsulatnya di Mazar-i-Sharif, di Afghanistan utara.", await highlight.TextContentAsync());
        Assert.Contains("Komunikator", await page.GetByTestId("source-viewer").TextContentAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_900_km_claim_shows_its_measurement_basis_uncertainty_published_figure_and_verdict()
    {
        var page = await session.OpenAppAsync("#sel=claim:tj-bds-border-length");

        var check = page.GetByTestId("claim-check");
        await check.WaitForAsync();
        Assert.Matches(@"^[\d,.]+ ± [\d,.]+ km$", await check.GetByTestId("check-uncertainty").TextContentAsync());
        Assert.Contains("Natural Earth", await check.GetByTestId("check-basis").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("910 km", await check.GetByTestId("check-reference").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("consistent", await check.GetByTestId("check-verdict").TextContentAsync());
        await Assertions.Expect(page.GetByTestId("source-reliability")).ToHaveTextAsync("Source reliability not rated");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Hiding_the_claims_layer_removes_the_markers_from_the_map()
    {
        var page = await session.OpenAppAsync();
        await ClaimMap.ZoomToClaimAsync(page, "afghan-soldiers-cross-into-tajikistan");
        var pixel = await ClaimMap.PixelAsync(page, "afghan-soldiers-cross-into-tajikistan");
        await page.GetByTestId("layer-toggle-claims").ClickAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.Null(await page.EvaluateAsync<double[]?>("id => window.borderMap.claimPixel(id)", "afghan-soldiers-cross-into-tajikistan"));

        // The map takes a click at once; what the click selects opens after its request, so the panel is looked at once
        // nothing is pending (a look right after the click would pass before a wrongly opened panel showed).
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
        await page.EvaluateAsync("() => window.borderMap.settled()");

        Assert.NotEqual("claim", await page.EvaluateAsync<string?>("() => window.borderMap.state().selection?.kind ?? null"));
        Assert.False(await page.GetByTestId("claim-panel").IsVisibleAsync());
        await page.CloseAsync();
    }
}
