using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// "Show in source" opens the source reader: wide over the map and the panels, every claim's quote
/// of that source highlighted and numbered in reading order, a number selects its claim, Escape
/// closes it and focus returns to the claim panel.
/// </summary>
public class SourceReaderTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private const string Claim = "russia-closes-mazar-consulate";

    [Fact]
    public async Task The_reader_is_wide_numbers_every_quote_and_a_number_selects_its_claim()
    {
        using var api = new HttpClient { BaseAddress = session.Url };
        var citing = await api.GetFromJsonAsync<JsonElement>("api/claims?source=tj-af-border-2021-07-05&limit=200");
        var claimCount = citing.GetProperty("features").GetArrayLength();
        var page = await session.OpenAppAsync($"#sel=claim:{Claim}");
        await page.GetByTestId("show-in-source").ClickAsync();

        var reader = page.GetByTestId("source-reader");
        await Assertions.Expect(reader).ToBeVisibleAsync();
        var box = await reader.BoundingBoxAsync() ?? throw new InvalidOperationException("the reader has no box");
        Assert.True(box.Width >= 0.6 * page.ViewportSize!.Width, $"the reader is {box.Width} px wide in a {page.ViewportSize.Width} px window");

        // Every claim citing the source is numbered 1…n, each number once, and the quotes are marked.
        await Assertions.Expect(page.Locator("[data-testid='source-quote-list'] li")).ToHaveCountAsync(claimCount);
        var numbers = (await reader.Locator("[data-testid^='source-quote-number-']").AllTextContentsAsync()).Select(int.Parse).Order();
        Assert.Equal(Enumerable.Range(1, claimCount), numbers);
        var marks = reader.Locator("mark.source-quote");
        Assert.True(await marks.CountAsync() >= 2, "several quotes should be highlighted");
        var current = page.GetByTestId("source-highlight");
        await Assertions.Expect(current).ToHaveCountAsync(1);
        await Assertions.Expect(current).ToHaveAttributeAsync("data-claim-id", Claim);
        Assert.Equal("mark", await current.EvaluateAsync<string>("m => m.localName"));

        // A number of another claim selects that claim; its quote becomes the current one.
        var other = reader.Locator($"[data-testid^='source-quote-number-']:not([data-claim-id='{Claim}'])").First;
        var otherId = await other.GetAttributeAsync("data-claim-id") ?? throw new InvalidOperationException("no claim id");
        await other.ClickAsync();
        Assert.Equal(otherId, await page.EvaluateAsync<string>("() => window.borderMap.state().selection.id"));
        await Assertions.Expect(current).ToHaveAttributeAsync("data-claim-ids", new System.Text.RegularExpressions.Regex($"(^| ){otherId}( |$)"));
        await Assertions.Expect(reader).ToBeVisibleAsync();
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{otherId}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // Escape closes the reader; the panel shows the selected claim and holds the focus again.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(reader).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"[data-testid='claim-panel'][data-claim-id='{otherId}']")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('details').contains(document.activeElement)"), "focus should return to the panel");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Focus_stays_in_the_reader_and_returns_to_Show_in_source_when_it_closes()
    {
        var page = await session.OpenAppAsync($"#sel=claim:{Claim}");
        var opener = page.GetByTestId("show-in-source");
        await opener.ClickAsync();
        var reader = page.GetByTestId("source-reader");
        await Assertions.Expect(reader).ToBeVisibleAsync();

        // Focus starts on the reader's first control; Shift+Tab from there wraps round inside.
        var close = page.GetByRole(AriaRole.Button, new() { Name = "← Back to claim" });
        await Assertions.Expect(close).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await reader.EvaluateAsync<bool>("r => r.contains(document.activeElement) && document.activeElement !== r"), "Shift+Tab left the reader");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(close).ToBeFocusedAsync();

        await close.ClickAsync();
        await Assertions.Expect(reader).ToHaveCountAsync(0);
        await Assertions.Expect(opener).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_corrected_version_shows_its_re_anchored_quotes_old_beside_new_and_a_fuzzy_one_is_accepted()
    {
        // Constructed texts: the second version inserts a sentence and corrects a number.
        using var api = new HttpClient { BaseAddress = session.Url };
        var source = new System.Text.Json.Nodes.JsonObject
        {
            ["title"] = "Reader version report", ["publisher"] = "Example News", ["language"] = "en", ["publishedDate"] = "2021-07-07",
            ["text"] = "Guards reported calm at the crossing. About 300 people waited at the bridge on Tuesday.",
        };
        (await api.PostAsJsonAsync("api/sources", source)).EnsureSuccessStatusCode();
        foreach (var (id, quote) in new[] { ("reader-calm", "Guards reported calm at the crossing."), ("reader-waiting", "About 300 people waited at the bridge on Tuesday.") })
        {
            var claim = ClaimBodies.Valid(id, p => (p["source"], p["quote"]) = ("reader-version-report-2021-07-07", new System.Text.Json.Nodes.JsonObject { ["text"] = quote }));
            (await api.PostAsync("api/claims", new StringContent(claim.ToJsonString(), System.Text.Encoding.UTF8, "application/geo+json"))).EnsureSuccessStatusCode();
        }

        source["text"] = "Update. Guards reported calm at the crossing. About 350 people waited at the bridge on Tuesday.";
        source["supersedes"] = "reader-version-report-2021-07-07";
        (await api.PostAsJsonAsync("api/sources", source)).EnsureSuccessStatusCode();

        var page = await session.OpenAppAsync("#sel=claim:reader-calm");
        await page.GetByTestId("show-in-source").ClickAsync();
        var fuzzy = page.Locator("[data-testid='source-anchor'][data-status='fuzzy']");
        await Assertions.Expect(fuzzy.GetByTestId("anchor-old")).ToHaveTextAsync("About 300 people waited at the bridge on Tuesday.");
        await Assertions.Expect(fuzzy.GetByTestId("anchor-new")).ToHaveTextAsync("About 350 people waited at the bridge on Tuesday.");
        await Assertions.Expect(page.Locator("[data-testid='source-anchor'][data-status='moved']")).ToHaveCountAsync(1);

        await fuzzy.GetByTestId("anchor-accept").ClickAsync();
        await Assertions.Expect(fuzzy.GetByTestId("anchor-review")).ToHaveTextAsync("accepted");
        var moved = await api.GetFromJsonAsync<JsonElement>("api/claims/reader-waiting");
        Assert.Equal("reader-version-report-2021-07-07-v2", moved.GetProperty("properties").GetProperty("source").GetString());
        await page.CloseAsync();
    }
}
