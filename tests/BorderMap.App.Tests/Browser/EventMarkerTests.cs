using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// Events on the map: the constructed three-source crossing (<c>tests/Fixtures/event-three-sources.json</c>)
/// shows as one marker at its derived place with its three sources and the contradiction badge (the
/// sources disagree on the number of soldiers); clicking it opens the event panel; the Layers
/// panel's Events switch hides it; the first view's markers come with the first render from one request; <c>/api/events?bbox=&amp;from=&amp;to=</c> leaves out events outside the box and the dates. The
/// filter panel's source reliability grades reach the claim list, the map tiles and the link.
/// </summary>
public class EventMarkerTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    private const string EventId = "soldiers-cross-at-the-panj";

    [Fact]
    public async Task An_event_marker_shows_its_sources_and_contradiction_and_opens_the_event_panel()
    {
        using var client = await WithEventAsync();
        var page = await session.OpenAppAsync("#v=71.55,37.49,9");

        var marker = page.Locator($"[data-testid='event-marker'][data-event-id='{EventId}']");
        await Assertions.Expect(marker.GetByTestId("event-marker-sources")).ToHaveTextAsync("3");
        await Assertions.Expect(marker.GetByTestId("event-marker-contradiction")).ToBeVisibleAsync();
        await Assertions.Expect(marker).ToHaveAttributeAsync("title", "Soldiers cross at the Panj: 3 sources, 3 independent, disputed; contradiction: numbers");

        await marker.ClickAsync();
        var panel = page.Locator($"[data-testid='event-panel'][data-event-id='{EventId}']");
        await Assertions.Expect(panel.GetByTestId("event-contradiction")).ToHaveTextAsync("Contradiction: Numbers");
        await Assertions.Expect(panel.GetByTestId("event-member")).ToHaveCountAsync(3);
        Assert.Contains($"sel=event%3A{EventId}", page.Url.Replace(":", "%3A", StringComparison.Ordinal), StringComparison.Ordinal);

        await page.GetByTestId("layer-toggle-events").UncheckAsync();
        await Assertions.Expect(page.GetByTestId("event-marker")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_first_views_event_markers_are_shown_with_the_first_render_from_one_request()
    {
        using var client = await WithEventAsync();
        var asked = new ConcurrentQueue<Uri>();
        var page = await session.OpenAppRecordingAsync(asked, "#v=71.55,37.49,9");

        Assert.Equal(1, await page.Locator($"[data-testid='event-marker'][data-event-id='{EventId}']").CountAsync());
        // The entry script asked for the view's events before the map existed; the markers took that answer.
        Assert.Single(asked, uri => uri.AbsolutePath == "/api/events");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Events_outside_the_bbox_or_the_dates_are_left_out_and_a_bad_bbox_or_range_is_refused()
    {
        using var client = await WithEventAsync();

        var inside = await Ids(client, "/api/events?bbox=71,37,72,38&limit=10");
        var outside = await Ids(client, "/api/events?bbox=60,30,61,31&limit=10");
        var bad = await client.GetAsync(new Uri("/api/events?bbox=72,37,71,38", UriKind.Relative));

        Assert.Contains(EventId, inside);
        Assert.DoesNotContain(EventId, outside);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("bbox", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The crossing was on 5 July.
        Assert.Contains(EventId, await Ids(client, "/api/events?bbox=71,37,72,38&from=2021-07-05&to=2021-07-05&limit=10"));
        Assert.DoesNotContain(EventId, await Ids(client, "/api/events?from=2021-07-06&limit=10"));
        Assert.DoesNotContain(EventId, await Ids(client, "/api/events?to=2021-07-04&limit=10"));
        var inverted = await client.GetAsync(new Uri("/api/events?from=2021-07-06&to=2021-07-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, inverted.StatusCode);
        Assert.Contains("from (2021-07-06) is after to (2021-07-01)", await inverted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reliability_filter_reaches_the_list_the_tiles_and_the_link()
    {
        var page = await session.OpenAppAsync();
        var asked = new ConcurrentQueue<string>();
        page.Request += (_, request) => asked.Enqueue(request.Url);
        var list = page.GetByTestId("claim-list");
        Assert.NotEqual("0", await list.GetAttributeAsync("data-total"));

        foreach (var grade in new[] { "A", "B", "C", "D", "E", "F" })
        {
            await page.GetByTestId($"filter-reliability-{grade}").UncheckAsync();
        }

        await page.EvaluateAsync("() => window.borderMap.settled()");
        await Assertions.Expect(list).ToHaveAttributeAsync("data-total", "0");
        Assert.Contains(asked, url => url.Contains("/api/tiles/claims/", StringComparison.Ordinal) && System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["reliability"] == string.Empty);
        Assert.Contains("rel=", page.Url, StringComparison.Ordinal);
        await page.GetByTestId("filter-reliability-B").CheckAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.Contains("rel=B", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    /// <summary>The fixture's claims and their event, written once per server (both tests share it).</summary>
    private Task<HttpClient> WithEventAsync() => EventApiFixture.WithThreeSourceEventAsync(session.Url, EventId, "Soldiers cross at the Panj");

    private static async Task<List<string>> Ids(HttpClient client, string path)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return [.. page.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }
}
