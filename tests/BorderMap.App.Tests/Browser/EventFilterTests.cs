using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The corroboration filters of the filter panel, in real Chromium: ticking "Disputed" keeps the
/// claims of the disputed three-source crossing (<c>tests/Fixtures/event-three-sources.json</c>) in
/// the list and puts the filter in the link and the requests; "Single source" keeps the claims no
/// second independent source reports, which leaves the crossing's claims out.
/// </summary>
public class EventFilterTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    private const string EventId = "soldiers-cross-at-the-panj";

    [Fact]
    public async Task Ticking_disputed_or_single_source_changes_the_list_the_requests_and_the_link()
    {
        using var client = await WithDisputedEventAsync();
        var page = await session.OpenAppAsync();
        var asked = new ConcurrentQueue<string>();
        page.Request += (_, request) => asked.Enqueue(request.Url);
        var list = page.GetByTestId("claim-list");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var total = int.Parse((await list.GetAttributeAsync("data-total"))!, System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByTestId("filter-event-status-disputed").CheckAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");

        await Assertions.Expect(list).ToHaveAttributeAsync("data-total", "3");
        Assert.Contains("ev=disputed", page.Url, StringComparison.Ordinal);
        Assert.Contains(asked, url => url.Contains("/api/tiles/claims/", StringComparison.Ordinal) && Query(url)["event_status"] == "disputed");

        await page.GetByTestId("filter-event-status-disputed").UncheckAsync();
        await page.GetByTestId("filter-single-source").CheckAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");

        await Assertions.Expect(list).ToHaveAttributeAsync("data-total", (total - 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("single=1", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("ev=", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    private static System.Collections.Specialized.NameValueCollection Query(string url) => System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);

    /// <summary>The fixture's claims in one event, disputed (the agency's "about 300" contradicts the others' figures).</summary>
    private Task<HttpClient> WithDisputedEventAsync() => EventApiFixture.WithThreeSourceEventAsync(session.Url, EventId, "Soldiers cross at the Panj");
}
