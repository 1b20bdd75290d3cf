using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The researchers' claim editor in a real Chromium against the real server and its own store:
/// register a source, take a quote by selecting it with the mouse, place the claim, save,
/// reload; validation errors beside the fields; a conflicting edit; history; delete; and
/// markup in quotes and notes shown as text.
/// </summary>
public class EditorTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    private const string Markup = "<img src=x onerror=alert(1)>";

    private static async Task SettledAsync(IPage page) => await page.EvaluateAsync("() => window.borderMap.settled()");

    private static async Task<string[]> DrawnClaimIdsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.borderMap.drawnClaimIds()");

    private HttpClient Api() => new() { BaseAddress = session.Url };

    private static async Task RegisterSourceAsync(IPage page, string title, string text)
    {
        await page.GetByTestId("editor-register-source").ClickAsync();
        var dialog = page.GetByTestId("source-dialog");
        await dialog.WaitForAsync();
        await page.GetByTestId("new-source-title").FillAsync(title);
        await page.GetByTestId("new-source-publisher").FillAsync("Test Wire");
        await page.GetByTestId("new-source-url").FillAsync("https://example.org/report");
        await page.GetByTestId("new-source-language").FillAsync("id");
        await page.GetByTestId("new-source-published").FillAsync("2021-07-06");
        await page.GetByTestId("new-source-text").FillAsync(text);
        await page.GetByTestId("new-source-save").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("editor-source-text")).ToContainTextAsync(text[..20]);
    }

    /// <summary>Selects <paramref name="needle"/> in the editor's source text by dragging the mouse across it.</summary>
    private static async Task DragSelectAsync(IPage page, string needle)
    {
        var box = await page.EvaluateAsync<double[]?>(
            """
            needle => {
              const root = document.querySelector("[data-testid='editor-source-text']");
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(needle);
                if (at < 0) continue;
                const rectOf = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
                rectOf(at).top; // layout
                node.parentElement.scrollIntoView({ block: 'nearest' });
                const first = rectOf(at), last = rectOf(at + needle.length - 1);
                return [first.left + 0.5, first.top + first.height / 2, last.right - 0.5, last.top + last.height / 2];
              }
              return null;
            }
            """,
            needle);
        Assert.NotNull(box);
        await page.Mouse.MoveAsync((float)box[0], (float)box[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)box[2], (float)box[3], new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    private static async Task ClickRegionAsync(IPage page, string regionId)
    {
        var pixel = await page.EvaluateAsync<double[]?>("id => window.borderMap.regionPixel(id)", regionId);
        Assert.NotNull(pixel);
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
    }

    private static async Task FillClaimAsync(IPage page, string title, string note = "")
    {
        await page.GetByTestId("editor-title").FillAsync(title);
        await page.GetByTestId("editor-category").SelectOptionAsync(["troop-movement"]);
        await page.GetByTestId("editor-actors").FillAsync("Tajik border guards, Taliban");
        await page.GetByTestId("editor-event-date").FillAsync("2021-07-05");
        await page.GetByTestId("editor-translation").FillAsync("Border troops saw a convoy near Ishkashim at night.");
        if (note.Length > 0)
        {
            await page.GetByTestId("editor-note").FillAsync(note);
        }
    }

    private static async Task<string> SaveAsync(IPage page)
    {
        await page.GetByTestId("editor-save").ClickAsync();
        var panel = page.GetByTestId("claim-panel");
        await panel.WaitForAsync();
        await SettledAsync(page);
        return await panel.GetAttributeAsync("data-claim-id") ?? throw new InvalidOperationException("no claim id");
    }

    [Fact]
    public async Task A_claim_registered_quoted_and_placed_in_the_browser_is_there_after_a_reload()
    {
        // Characters outside the BMP before the quote: the offsets must count code points, not UTF-16 units.
        const string quote = "Pasukan perbatasan melihat konvoi di dekat Ishkashim pada malam hari.";
        const string text = "Laporan 𝟐𝟎𝟐𝟏 🛂 dari perbatasan.\n\n" + quote + " Sumber lain membantah laporan itu.";
        var page = await session.OpenAppAsync();
        var before = await page.GetByTestId("claim-list").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.claimId)");

        await page.GetByTestId("add-claim-button").ClickAsync();
        await page.GetByTestId("claim-editor").WaitForAsync();
        await RegisterSourceAsync(page, "Convoy near Ishkashim", text);
        await DragSelectAsync(page, quote);
        await Assertions.Expect(page.GetByTestId("editor-quote")).ToHaveValueAsync(quote);
        await Assertions.Expect(page.GetByTestId("editor-quote-mark")).ToHaveTextAsync(quote);

        await page.GetByTestId("place-point").ClickAsync();
        await ClickRegionAsync(page, "AF-BDS");
        await Assertions.Expect(page.GetByTestId("editor-placement")).ToContainTextAsync("Point at");
        await Assertions.Expect(page.GetByTestId("editor-placement")).ToContainTextAsync("AF-BDS");
        await page.GetByTestId("editor-place").FillAsync("Ishkashim");
        await FillClaimAsync(page, "Border troops see a convoy near Ishkashim");

        var id = await SaveAsync(page);
        Assert.DoesNotContain(id, before);
        Assert.Equal(quote, await page.GetByTestId("claim-quote").TextContentAsync());

        // Stored with code point offsets, at the clicked point, in Badakhshan.
        using var api = Api();
        var stored = await api.GetFromJsonAsync<JsonElement>($"api/claims/{id}");
        var properties = stored.GetProperty("properties");
        var start = text[..text.IndexOf(quote, StringComparison.Ordinal)].EnumerateRunes().Count();
        Assert.Equal(start, properties.GetProperty("quote").GetProperty("start").GetInt32());
        Assert.Equal(start + quote.EnumerateRunes().Count(), properties.GetProperty("quote").GetProperty("end").GetInt32());
        Assert.Equal("Point", stored.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Contains("AF-BDS", properties.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));

        await page.ReloadAsync();
        await BrowserSession.MapReadyAsync(page);
        await ClaimMap.ZoomToClaimAsync(page, id);
        Assert.Contains(id, await DrawnClaimIdsAsync(page));
        await page.GetByTestId($"claim-row-{id}").ClickAsync();
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{id}']").WaitForAsync();
        Assert.Equal(quote, await page.GetByTestId("claim-quote").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_saved_claim_opens_in_the_panel_while_the_counts_are_still_being_counted()
    {
        const string title = "Soldiers cross the border at night";
        var page = await session.OpenAppAsync();
        var panelSeen = new TaskCompletionSource();
        // The store's change notification restarts the counts: held too, as when it reaches the page before the save's own
        // answer. A write first lets the long poll the page asked before this route answer; the next one is held.
        var pollHeld = new TaskCompletionSource();
        await page.RouteAsync("**/api/changes**", async route =>
        {
            pollHeld.TrySetResult();
            await panelSeen.Task;
            await route.ContinueAsync();
        });
        using var api = Api();
        await CreateClaimThroughTheApiAsync(api, "Consulate staff leave Termez");
        await pollHeld.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await SettledAsync(page);

        // The counts answer only once the panel has been seen, as a busy server's would come late: the real answer, held.
        await page.RouteAsync("**/api/claims/facets**", async route =>
        {
            await panelSeen.Task;
            await route.ContinueAsync();
        });

        await page.GetByTestId("add-claim-button").ClickAsync();
        await page.GetByTestId("editor-source").SelectOptionAsync(["tj-af-border-2021-07-05"]);
        await Assertions.Expect(page.GetByTestId("editor-source-text")).ToContainTextAsync("Badachschan");
        await page.GetByTestId("editor-quote").FillAsync("1.037 tentara melarikan diri Senin malam");
        await page.GetByTestId("editor-region").SelectOptionAsync(["AF-TAK"]);
        await Assertions.Expect(page.GetByTestId("editor-placement")).ToContainTextAsync("Region: Takhar");
        await FillClaimAsync(page, title);
        await page.GetByTestId("editor-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("claim-title")).ToHaveTextAsync(title);
        panelSeen.SetResult();
        await SettledAsync(page);
        var id = await page.GetByTestId("claim-panel").GetAttributeAsync("data-claim-id");
        await Assertions.Expect(page.GetByTestId($"claim-row-{id}")).ToContainTextAsync(title);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Saving_an_incomplete_claim_shows_the_servers_errors_beside_the_fields()
    {
        var page = await session.OpenAppAsync();
        await page.GetByTestId("add-claim-button").ClickAsync();
        await page.GetByTestId("editor-save").ClickAsync();

        foreach (var field in new[] { "source", "title", "category", "eventDate", "translation", "quote" })
        {
            await Assertions.Expect(page.GetByTestId($"editor-error-{field}")).Not.ToBeEmptyAsync();
        }

        // A typed quote is checked against the source text as it is typed.
        await page.GetByTestId("editor-source").SelectOptionAsync(["tj-af-border-2021-07-05"]);
        await Assertions.Expect(page.GetByTestId("editor-source-text")).ToContainTextAsync("Badachschan");
        await page.GetByTestId("editor-quote").FillAsync("This sentence is not in the report.");
        await Assertions.Expect(page.GetByTestId("editor-error-quote")).ToContainTextAsync("Not found verbatim");
        await page.GetByTestId("editor-quote").FillAsync("1.037 tentara melarikan diri Senin malam");
        await Assertions.Expect(page.GetByTestId("editor-error-quote")).ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("editor-quote-mark")).ToHaveTextAsync("1.037 tentara melarikan diri Senin malam");

        await page.GetByTestId("editor-cancel").ClickAsync();
        await page.GetByTestId("details-empty").WaitForAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Markup_in_a_quote_title_or_note_is_shown_as_text_and_never_run()
    {
        var quote = $"Komandan menulis {Markup} di papan pengumuman.";
        var page = await session.OpenAppAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GetByTestId("add-claim-button").ClickAsync();
        await RegisterSourceAsync(page, $"Markup {Markup} test", $"Catatan lapangan.\n{quote}\nSelesai.");
        await DragSelectAsync(page, quote);
        await Assertions.Expect(page.GetByTestId("editor-quote")).ToHaveValueAsync(quote);
        await page.GetByTestId("editor-region").SelectOptionAsync(["AF-TAK"]);
        await Assertions.Expect(page.GetByTestId("editor-placement")).ToContainTextAsync("Region: Takhar");
        await FillClaimAsync(page, $"Notice board {Markup} in Takhar", note: $"Copied as written: {Markup}<script>alert(2)</script>");
        var id = await SaveAsync(page);

        var panel = page.GetByTestId("claim-panel");
        Assert.Equal(quote, await page.GetByTestId("claim-quote").TextContentAsync());
        Assert.Contains(Markup, await panel.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"{Markup}<script>alert(2)</script>", await panel.Locator(".note").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(Markup, await page.GetByTestId($"claim-row-{id}").TextContentAsync(), StringComparison.Ordinal);

        await page.GetByTestId("show-in-source").ClickAsync();
        await Assertions.Expect(page.GetByTestId("source-highlight")).ToHaveTextAsync(quote);
        await page.GetByRole(AriaRole.Button, new() { Name = "← Back to claim" }).ClickAsync();
        await page.GetByTestId("claim-history-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("history-entry")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "← Back to claim" }).ClickAsync();
        await page.GetByTestId("claim-edit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-quote-mark")).ToHaveTextAsync(quote);

        // The list's and panel's category symbols are images of their own (class "symbol"); the
        // markup's image would be any other, with src "x".
        Assert.Equal(0, await page.Locator("#details img:not(.symbol), #claim-list img:not(.symbol), img[src='x'], script:not([src])").CountAsync());
        Assert.Equal(0, dialogs);
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_edit_that_lost_a_race_shows_the_other_change_and_can_overwrite_it_then_history_and_delete()
    {
        using var api = Api();
        var id = await CreateClaimThroughTheApiAsync(api, "Consulate staff leave Mazar-i-Sharif");
        var page = await session.OpenAppAsync($"#sel=claim:{id}");
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{id}']").WaitForAsync();

        await page.GetByTestId("claim-edit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-quote-mark")).Not.ToBeEmptyAsync();
        await page.GetByTestId("editor-title").FillAsync("Consulate staff leave Mazar-i-Sharif by road");

        // Meanwhile a colleague changes the note.
        var current = (await api.GetFromJsonAsync<JsonObject>($"api/claims/{id}"))!;
        current["properties"]!.AsObject().Remove("checks");
        current["properties"]!["note"] = "Checked against a second report.";
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"api/claims/{id}") { Content = JsonContent.Create(current) })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
            Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);
        }

        await page.GetByTestId("editor-save").ClickAsync();
        var conflict = page.GetByTestId("editor-conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("Version 2");
        await Assertions.Expect(conflict.Locator("li[data-field='note']")).ToContainTextAsync("Checked against a second report.");
        await page.GetByTestId("editor-overwrite").ClickAsync();
        await page.GetByTestId("claim-panel").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("claim-title")).ToHaveTextAsync("Consulate staff leave Mazar-i-Sharif by road");

        await page.GetByTestId("claim-history-button").ClickAsync();
        var entries = page.GetByTestId("history-entry");
        await Assertions.Expect(entries).ToHaveCountAsync(3);
        await Assertions.Expect(entries.First).ToHaveAttributeAsync("data-version", "3");
        await Assertions.Expect(entries.First.Locator("li[data-field='title']")).ToContainTextAsync("by road");
        await Assertions.Expect(entries.Last).ToHaveAttributeAsync("data-action", "create");
        await page.GetByRole(AriaRole.Button, new() { Name = "← Back to claim" }).ClickAsync();

        await ClaimMap.ZoomToClaimAsync(page, id);
        Assert.Contains(id, await DrawnClaimIdsAsync(page));
        await page.GetByTestId("claim-delete").ClickAsync();
        await page.GetByTestId("claim-delete-confirm").ClickAsync();
        await page.GetByTestId("details-empty").WaitForAsync();
        await SettledAsync(page);
        Assert.DoesNotContain(id, await DrawnClaimIdsAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"api/claims/{id}")).StatusCode);
        var history = await api.GetFromJsonAsync<JsonElement>($"api/claims/{id}/history");
        Assert.Contains("delete", history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        await page.CloseAsync();
    }

    /// <summary>A copy of a seed claim (same source and quote) under a new title, created through the API.</summary>
    internal static async Task<string> CreateClaimThroughTheApiAsync(HttpClient api, string title)
    {
        var seed = (await api.GetFromJsonAsync<JsonObject>("api/claims/russia-closes-mazar-consulate"))!;
        var properties = seed["properties"]!.AsObject();
        foreach (var name in new[] { "id", "checks", "anchor", "createdAt", "updatedAt", "version" })
        {
            properties.Remove(name);
        }

        properties["title"] = title;
        seed.Remove("id");
        using var content = new StringContent(seed.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await api.PostAsync("api/claims", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetString()!;
    }
}
