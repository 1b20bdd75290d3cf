using System.Diagnostics;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// An open map follows the store: a claim another client writes through the API appears on the
/// map and in the claim list without a reload, because the page's long poll of <c>/api/changes</c>
/// is answered when the store moves on, not when its 25 s hold runs out. How fast it appears on a
/// quiet machine is a benchmark's figure; on a loaded one the render alone may take seconds.
/// </summary>
public class FreshnessTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    /// <summary>The server holds a long poll at most 25 s; an answer well before that was woken by the write.</summary>
    private static readonly TimeSpan WokenByTheWrite = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_claim_written_by_another_client_appears_on_the_open_map_and_list_without_a_reload()
    {
        var page = await session.OpenAppAsync();
        // The new claim is placed where this seed claim is, so the map is already looking there.
        await ClaimMap.ZoomToClaimAsync(page, "russia-closes-mazar-consulate");
        using var api = new HttpClient { BaseAddress = session.Url };

        // A first write answers the poll the page has been holding for an unknown time; the poll it asks next begins a
        // full hold, so the second write is seen within that hold only if the store's change wakes it.
        var nextPoll = page.WaitForRequestAsync(r => r.Url.Contains("/api/changes", StringComparison.Ordinal), new() { Timeout = 60_000 });
        await EditorTests.CreateClaimThroughTheApiAsync(api, "Constructed test claim: a consulate closes");
        await nextPoll;
        var hold = Stopwatch.StartNew();
        var id = await EditorTests.CreateClaimThroughTheApiAsync(api, "Constructed test claim: a second consulate closes");

        await page.WaitForFunctionAsync(
            "id => window.borderMap.drawnClaimIds().includes(id) && document.querySelector(`[data-testid='claim-row-${id}']`) !== null",
            id,
            new() { Timeout = 60_000, PollingInterval = 50 });
        Assert.True(hold.Elapsed < WokenByTheWrite, $"the claim appeared {hold.Elapsed.TotalSeconds:0.0} s into the long poll's hold: the write did not wake it");
        await page.CloseAsync();
    }
}
