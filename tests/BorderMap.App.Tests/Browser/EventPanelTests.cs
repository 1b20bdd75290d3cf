using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The event panel, opened from a claim's details: an event of three sources that disagree on the
/// number of soldiers shows the contradiction badge and the three quotes side by side. The sources
/// are the project's own constructed texts (<c>tests/Fixtures/event-three-sources.json</c>).
/// </summary>
public class EventPanelTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task An_event_of_three_sources_shows_the_contradiction_and_the_quotes_side_by_side()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        await EventApiFixture.AddEventOfAllThreeAsync(client, "Afghan soldiers cross the Panj");
        var page = await session.OpenAppAsync($"#sel=claim:{EventApiFixture.Guard}");

        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{EventApiFixture.Guard}']").WaitForAsync();
        await page.GetByTestId("open-event").ClickAsync();
        var panel = page.Locator("[data-testid='event-panel'][data-event-id='afghan-soldiers-cross-the-panj']");
        await panel.WaitForAsync();

        await Assertions.Expect(panel.GetByTestId("event-contradiction")).ToHaveTextAsync("Contradiction: Numbers");
        await Assertions.Expect(panel.GetByTestId("event-status")).ToHaveTextAsync("Disputed");
        await Assertions.Expect(panel.GetByTestId("event-independence")).ToHaveTextAsync("3 sources, 3 independent");
        await Assertions.Expect(panel.GetByTestId("event-agreement-numbers")).ToHaveAttributeAsync("data-agreement", "contradict");
        var quotes = panel.GetByTestId("event-member-quote");
        await Assertions.Expect(quotes).ToHaveTextAsync(
        [
            "1,037 servicemen of the Afghan army crossed the state border into the Badakhshan region",
            "More than 1,000 Afghan soldiers fled across the border into Tajikistan on Monday",
            "Only about 300 Afghan soldiers crossed the Panj into Tajikistan on Monday",
        ]);
        var boxes = await Task.WhenAll((await panel.GetByTestId("event-member").AllAsync()).Select(m => m.BoundingBoxAsync()));
        Assert.Equal(3, boxes.Length);
        Assert.All(boxes, b => Assert.Equal(boxes[0]!.Y, b!.Y, 1.0));
        Assert.True(boxes[0]!.X < boxes[1]!.X && boxes[1]!.X < boxes[2]!.X, "the quotes stand side by side, left to right");
    }
}
