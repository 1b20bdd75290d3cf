using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The claim list as an analyst uses it: every column sorts from anywhere in its header cell,
/// the store's search finds claims in Cyrillic and by words that only their quote or translation
/// holds, and the place column names the resolved place with the source's words on hover.
/// </summary>
public class ClaimListTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private const string OldestClaim = "bds-tak-northern-alliance-strongholds";

    private static ILocator List(IPage page) => page.GetByTestId("claim-list");

    private static async Task<string[]> RowIdsAsync(IPage page) =>
        await List(page).Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.claimId)");

    /// <summary>The texts the rows show in a column, top to bottom.</summary>
    private static async Task<string[]> ColumnTextsAsync(IPage page, string column) =>
        await List(page).Locator($"tbody td.col-{column}").EvaluateAllAsync<string[]>("cells => cells.map(c => c.textContent.trim())");

    /// <summary>Whether the texts are in the order the list's collator puts them.</summary>
    private static async Task<bool> InOrderAsync(IPage page, string[] texts, bool descending) =>
        await page.EvaluateAsync<bool>(
            "([texts, descending]) => { const c = new Intl.Collator('en', { sensitivity: 'base', numeric: true }); return texts.every((t, i) => i === 0 || (descending ? -1 : 1) * c.compare(texts[i - 1], t) <= 0); }",
            new object[] { texts, descending });

    /// <summary>Clicks near the right edge of a header cell, away from its word.</summary>
    private static async Task ClickHeaderEdgeAsync(IPage page, string column)
    {
        var box = await List(page).Locator($"th.col-{column}").BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Mouse.ClickAsync(box.X + box.Width - 5, box.Y + box.Height / 2);
    }

    private static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByTestId("claim-list-search").FillAsync(text);
        await page.EvaluateAsync("() => window.borderMap.settled()");
        await Assertions.Expect(List(page)).ToHaveAttributeAsync("aria-busy", "false");
    }

    [Fact]
    public async Task Every_column_sorts_from_anywhere_in_its_header_cell()
    {
        var page = await session.OpenAppAsync();
        Assert.Equal(OldestClaim, (await RowIdsAsync(page))[0]);

        // Date is the default (oldest first): a click reverses it, the newest claims come first.
        await ClickHeaderEdgeAsync(page, "date");
        await Assertions.Expect(List(page).Locator("th.col-date")).ToHaveAttributeAsync("aria-sort", "descending");
        var newestFirst = await RowIdsAsync(page);
        Assert.Equal(OldestClaim, newestFirst[^1]);
        Assert.EndsWith("Jul 2021", (await ColumnTextsAsync(page, "date"))[0], StringComparison.Ordinal);

        var firstRows = new List<string> { newestFirst[0] };
        foreach (var column in new[] { "title", "category", "place", "status" })
        {
            await ClickHeaderEdgeAsync(page, column);
            await Assertions.Expect(List(page).Locator($"th.col-{column}")).ToHaveAttributeAsync("aria-sort", "ascending");
            Assert.True(await InOrderAsync(page, await ColumnTextsAsync(page, column), descending: false), $"{column} ascending");
            firstRows.Add((await RowIdsAsync(page))[0]);

            await ClickHeaderEdgeAsync(page, column);
            await Assertions.Expect(List(page).Locator($"th.col-{column}")).ToHaveAttributeAsync("aria-sort", "descending");
            Assert.True(await InOrderAsync(page, await ColumnTextsAsync(page, column), descending: true), $"{column} descending");
            Assert.NotEqual(firstRows[^1], (await RowIdsAsync(page))[0]);
        }

        // Each sort put a different claim on top, as the user sees the rows change.
        Assert.True(firstRows.Distinct().Count() >= 4, string.Join(", ", firstRows));
        Assert.Equal("-status", await page.EvaluateAsync<string>("() => new URLSearchParams(location.hash.slice(1)).get('sort')"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_search_finds_Cyrillic_names_and_words_only_a_quote_or_translation_holds()
    {
        var page = await session.OpenAppAsync();

        // Lower-case Cyrillic finds the claims placed in "Badachschan".
        await SearchAsync(page, "бадахшан");
        var badakhshan = await RowIdsAsync(page);
        Assert.Contains("afghan-soldiers-cross-into-tajikistan", badakhshan);
        Assert.DoesNotContain("taliban-seize-districts-in-helmand", badakhshan);
        Assert.StartsWith($"{badakhshan.Length} of ", await page.GetByTestId("claim-list-count").TextContentAsync(), StringComparison.Ordinal);

        // "helikopter" is only in one claim's Indonesian quote; "nervousness" only in one translation.
        await SearchAsync(page, "Helikopter");
        Assert.Equal(["russia-largest-foreign-base-in-tajikistan"], await RowIdsAsync(page));
        await SearchAsync(page, "nervousness");
        Assert.Equal(["kabulov-afghan-forces-abandoned-districts"], await RowIdsAsync(page));

        await SearchAsync(page, "");
        Assert.True((await RowIdsAsync(page)).Length > 20);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_place_column_names_the_resolved_place_and_every_cell_has_a_tooltip()
    {
        var page = await session.OpenAppAsync();
        var place = page.GetByTestId("claim-row-afghan-forces-hold-bds-tak-capitals").Locator("td.col-place");
        Assert.Equal("Badakhshan, Takhar", (await place.TextContentAsync())?.Trim());
        Assert.Contains("ibu kota provinsi", await place.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);

        var untitled = await List(page).Locator("tbody td").EvaluateAllAsync<int>("cells => cells.filter(c => !c.title || !c.title.trim()).length");
        Assert.Equal(0, untitled);
        // A title cut off by its column can be read in full on hover.
        var title = page.GetByTestId("claim-row-afghan-soldiers-cross-into-tajikistan").Locator("td.col-title");
        Assert.StartsWith("1,037 Afghan soldiers", await title.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
