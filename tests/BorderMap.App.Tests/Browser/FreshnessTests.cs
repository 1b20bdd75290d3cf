namespace BorderMap.App.Tests.Browser;

/// <summary>
/// An open map follows the store: a claim another client writes through the API appears on the
/// map and in the claim list within 2 s (the page long-polls <c>/api/changes</c>), without a reload.
/// </summary>
public class FreshnessTests(EditorSession session) : IClassFixture<EditorSession>
{
    [Fact]
    public async Task A_claim_written_by_another_client_appears_on_the_open_map_and_list_within_two_seconds()
    {
        var page = await session.OpenAppAsync();
        // The new claim is placed where this seed claim is, so the map is already looking there.
        await ClaimMap.ZoomToClaimAsync(page, "russia-closes-mazar-consulate");

        using var api = new HttpClient { BaseAddress = session.Url };
        var id = await EditorTests.CreateClaimThroughTheApiAsync(api, "Constructed test claim: a second consulate closes");

        await page.WaitForFunctionAsync(
            "id => window.borderMap.drawnClaimIds().includes(id) && document.querySelector(`[data-testid='claim-row-${id}']`) !== null",
            id,
            new() { Timeout = 2000, PollingInterval = 50 });
        await page.CloseAsync();
    }
}
