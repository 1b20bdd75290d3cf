using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The region panel counts the events that lie in the region beside its claims. The event is the
/// three-source report of one crossing (the project's own constructed texts,
/// <c>tests/Fixtures/event-three-sources.json</c>): its sources contradict on the number of soldiers,
/// so it is disputed, and it lies where its most precisely placed claim lies, Ishkashim in Gorno-Badakhshan.
/// </summary>
public class RegionEventTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task The_region_panel_shows_how_many_events_lie_in_the_region_and_follows_the_date_filter()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        await EventApiFixture.AddEventOfAllThreeAsync(client, "Afghan soldiers cross the Panj at Ishkashim");
        var page = await session.OpenAppAsync("#sel=area:TJ-GB");

        var panel = page.Locator("[data-testid='area-panel'][data-area-id='TJ-GB'][data-loaded='true']");
        var events = panel.GetByTestId("region-events");
        await Assertions.Expect(events).ToHaveTextAsync("1 event (1 disputed)");
        await Assertions.Expect(events).ToHaveAttributeAsync("data-disputed", "1");
        await Assertions.Expect(panel.GetByTestId("region-totals")).ToContainTextAsync("claims · 1 event (1 disputed)");

        // The event's claims are of 5 July 2021: from August on, the panel counts none.
        await page.GetByTestId("filter-from").FillAsync("2021-08-01");
        await Assertions.Expect(panel.GetByTestId("region-events")).ToHaveTextAsync("no events");
        await Assertions.Expect(panel.GetByTestId("region-totals")).ToContainTextAsync("under the current filters");
    }
}
