using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>The claim editor's place field asks the geocoder, so a name in any spelling places the claim.</summary>
public class EditorPlaceTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task Typing_a_German_spelling_offers_the_town_and_choosing_it_places_a_point_there()
    {
        var page = await session.OpenAppAsync();
        await page.GetByTestId("add-claim-button").ClickAsync();

        await page.GetByTestId("editor-place").FillAsync("Duschanbe");
        var first = page.GetByTestId("place-suggestion-0");
        await Assertions.Expect(first).ToContainTextAsync("Dushanbe");
        await Assertions.Expect(first).ToContainTextAsync(new Regex("Tajikistan · matched the [A-Z][a-z]+ name ‘Duschanbe’"));   // a reason in words, no scores
        await Assertions.Expect(first).Not.ToContainTextAsync("prior");
        await first.ClickAsync();

        var placement = page.GetByTestId("editor-placement");
        await Assertions.Expect(placement).ToHaveAttributeAsync("data-kind", "Point");
        await Assertions.Expect(placement).ToContainTextAsync("TJ-DU");
        Assert.Equal("Duschanbe", await page.GetByTestId("editor-place").InputValueAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Choosing_a_province_places_the_claim_by_region_reference()
    {
        var page = await session.OpenAppAsync();
        await page.GetByTestId("add-claim-button").ClickAsync();

        await page.GetByTestId("editor-place").FillAsync("Badachschan");
        var badakhshan = page.GetByTestId("place-suggestions").GetByRole(AriaRole.Option).Filter(new LocatorFilterOptions { HasText = "Badakhshan" }).First;
        await badakhshan.ClickAsync();

        var placement = page.GetByTestId("editor-placement");
        await Assertions.Expect(placement).ToHaveAttributeAsync("data-kind", "refs");
        await Assertions.Expect(placement).ToContainTextAsync("AF-BDS");
        await page.CloseAsync();
    }
}
