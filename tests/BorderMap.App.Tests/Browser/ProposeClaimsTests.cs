using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// "Propose claims from this source" in a real Chromium against the real server and its own
/// store: the seed source's proposals are listed (Badakhshan, spelled Badachschan, is among them;
/// the author biography at the end yields none), one is rejected, and one is accepted, completed
/// in the claim editor and saved through the normal validated <c>POST /api/claims</c>.
/// </summary>
public class ProposeClaimsTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    private const string SeedSource = "tj-af-border-2021-07-05";
    private const string SeedClaim = "afghan-soldiers-cross-into-tajikistan";

    private HttpClient Api() => new() { BaseAddress = session.Url };

    [Fact]
    public async Task Proposals_from_the_seed_source_are_listed_and_an_accepted_one_becomes_a_claim()
    {
        var page = await session.OpenAppAsync($"#sel=claim:{SeedClaim}");
        await page.GetByTestId("show-in-source").ClickAsync();
        var viewer = page.GetByTestId("source-viewer");
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-source-id", SeedSource);

        await page.GetByTestId("propose-claims").ClickAsync();
        var list = page.GetByTestId("proposal-list");
        await Assertions.Expect(list).ToBeVisibleAsync();
        var rows = list.Locator("li[data-testid^='proposal-']");
        // The first proposal of a server loads the gazetteer and compiles the proposer; on two busy
        // cores that outlasts Playwright's 5 s default, so wait for the rows themselves, longer.
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var count = await rows.CountAsync();
        Assert.True(count >= 2, $"expected several proposals, got {count}");

        var quotes = await list.Locator("[data-testid^='proposal-quote-']").AllTextContentsAsync();
        Assert.DoesNotContain(quotes, q => q.Contains("Komunikator", StringComparison.Ordinal));
        var badakhshan = quotes.ToList().FindIndex(q => q.Contains("Badachschan", StringComparison.Ordinal) || q.Contains("Badachshan", StringComparison.Ordinal));
        Assert.True(badakhshan >= 0, "no proposal quotes a sentence naming Badachschan");
        var rowIds = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.testid)");
        var acceptIndex = rowIds[badakhshan]["proposal-".Length..];
        var acceptedQuote = quotes[badakhshan];

        // Reject another proposal: it leaves the list.
        var rejectIndex = rowIds.Select(id => id["proposal-".Length..]).First(i => i != acceptIndex);
        await page.GetByTestId($"proposal-reject-{rejectIndex}").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"proposal-{rejectIndex}")).ToHaveCountAsync(0);
        await Assertions.Expect(rows).ToHaveCountAsync(count - 1);

        // Accept: the editor opens pre-filled with the proposal.
        await page.GetByTestId($"proposal-accept-{acceptIndex}").ClickAsync();
        var editor = page.GetByTestId("claim-editor");
        await editor.WaitForAsync();
        await Assertions.Expect(page.GetByTestId("editor-quote")).ToHaveValueAsync(acceptedQuote);
        await Assertions.Expect(page.GetByTestId("editor-quote-offsets")).ToContainTextAsync("Code points");
        await Assertions.Expect(page.GetByTestId("editor-source")).ToHaveValueAsync(SeedSource);
        // Placed: a kind of placement is shown (the text is empty until the editor fills it, so its absence of "Not placed" alone proves nothing).
        await Assertions.Expect(page.GetByTestId("editor-placement")).ToHaveAttributeAsync("data-kind", new System.Text.RegularExpressions.Regex(@"\S"));
        await Assertions.Expect(page.GetByTestId("editor-placement")).Not.ToContainTextAsync("Not placed yet");
        Assert.NotEqual("", await page.GetByTestId("editor-category").InputValueAsync());
        Assert.NotEqual("", await page.GetByTestId("editor-place").InputValueAsync());

        // What the extractor cannot know, the researcher fills in; then the normal save.
        await page.GetByTestId("editor-actors").FillAsync("Tajik border guards");
        await page.GetByTestId("editor-translation").FillAsync("A proposal accepted in the browser test.");
        await page.GetByTestId("editor-save").ClickAsync();
        var panel = page.GetByTestId("claim-panel");
        await panel.WaitForAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var id = await panel.GetAttributeAsync("data-claim-id") ?? throw new InvalidOperationException("no claim id");
        Assert.NotEqual(SeedClaim, id);

        using var api = Api();
        var stored = await api.GetFromJsonAsync<JsonElement>($"api/claims/{id}");
        var properties = stored.GetProperty("properties");
        Assert.Equal(SeedSource, properties.GetProperty("source").GetString());
        Assert.Equal(acceptedQuote, properties.GetProperty("quote").GetProperty("text").GetString());
        var all = await api.GetStringAsync("api/claims");
        Assert.Contains($"\"{id}\"", all, StringComparison.Ordinal);
    }
}
