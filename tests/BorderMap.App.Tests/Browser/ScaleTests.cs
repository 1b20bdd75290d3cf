using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The app over a few thousand synthetic claims (written by the API benchmark's generator): the
/// map draws them clustered, the claim list is virtual, and a claim can still be selected from
/// the list and on the map.
/// </summary>
public sealed class ScaleSession : EditorSession
{
    public const int Claims = 3000;

    private readonly string _data = Path.Combine(StoreTestEnvironment.Folder, "scale-" + Guid.NewGuid().ToString("N"));

    /// <summary>The generated claims the store was filled from (a GeoJSON FeatureCollection).</summary>
    public string ClaimsFile => Path.Combine(_data, "claims", "synthetic.geojson");

    protected override async Task<string[]> ServeArgumentsAsync()
    {
        await GenerateAsync(Claims, _data);
        return ["--data", _data, "--store", StorePath];
    }

    /// <summary>
    /// Runs <c>bench/BorderMap.Bench.Api generate N DIR</c> from the repository this test was built in, as built
    /// with the tests (in their configuration): compiling it here took minutes on a loaded machine.
    /// </summary>
    private static async Task GenerateAsync(int count, string directory)
    {
        var configuration = typeof(ScaleSession).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "run", "--project", Path.Combine(TestRepository.Root, "bench", "BorderMap.Bench.Api"), "-c", configuration, "--no-build", "--", "generate", count.ToString(CultureInfo.InvariantCulture), directory })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"generate failed: {await stdout} {await stderr}");
    }
}

public class ScaleTests(ScaleSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<ScaleSession>
{
    protected override BrowserSession Session => session;

    /// <summary>The rows of the claim list's first page (claimPages.ts, FIRST_PAGE), and of each page read on as it is scrolled (PAGE).</summary>
    private const int FirstPage = 100;
    private const int NextPage = 500;

    private static async Task SettledAsync(IPage page) => await page.EvaluateAsync("() => window.borderMap.settled()");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Badge(double[] Pixel, double Radius, int Count);

    private sealed record PlacedLabel(string Text, string Kind, double[] Box);

    /// <summary>Whether a label's box (left, top, right, bottom) covers part of a badge's disc, beyond half a pixel.</summary>
    private static bool Covers(double[] box, Badge badge)
    {
        var dx = badge.Pixel[0] - Math.Clamp(badge.Pixel[0], box[0], box[2]);
        var dy = badge.Pixel[1] - Math.Clamp(badge.Pixel[1], box[1], box[3]);
        return Math.Sqrt((dx * dx) + (dy * dy)) < badge.Radius - 0.5;
    }

    [Fact]
    public async Task Thousands_of_claims_render_clustered_and_a_claim_can_still_be_selected()
    {
        var page = await session.OpenAppAsync();

        // Far out, the tiles hold cluster badges: every claim is counted, none has a symbol of its own.
        Assert.Equal(ScaleSession.Claims, await page.EvaluateAsync<int>("() => window.borderMap.drawnClaimCount()"));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.borderMap.drawnClaimIds()"));
        Assert.Null(await page.EvaluateAsync<double[]?>("() => window.borderMap.claimPixel('synthetic-0')"));
        Assert.Equal("100 of 3,000", await page.GetByTestId("claim-list-count").TextContentAsync());
        // The list is virtual: only the rows in view exist.
        var rows = page.GetByTestId("claim-list").Locator("tbody tr");
        Assert.InRange(await rows.CountAsync(), 5, 200);

        // From the list: the selected claim leaves its cluster and opens.
        var id = await rows.Nth(2).GetAttributeAsync("data-claim-id");
        await rows.Nth(2).ClickAsync();
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{id}']").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("claim-quote").TextContentAsync()));
        await SettledAsync(page);
        Assert.NotNull(await page.EvaluateAsync<double[]?>("id => window.borderMap.claimPixel(id)", id));

        // On the map: zoomed in on a claim, it is drawn on its own and a click selects it.
        await ClaimMap.ClickAsync(page, "synthetic-0");
        await page.Locator("[data-testid='claim-panel'][data-claim-id='synthetic-0']").WaitForAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Cluster_badges_stand_apart_and_the_labels_keep_off_them()
    {
        var page = await session.OpenAppAsync();
        await SettledAsync(page);
        var badges = (await page.EvaluateAsync<JsonElement>("() => window.borderMap.clusterBadges()")).Deserialize<Badge[]>(Json) ?? [];

        // Every claim is in a badge in view, and no badge sits on another's centre, where it would hide its count.
        Assert.True(badges.Length >= 2, $"{badges.Length} badges");
        Assert.Equal(ScaleSession.Claims, badges.Sum(b => b.Count));
        for (var i = 0; i < badges.Length; i++)
        {
            for (var j = i + 1; j < badges.Length; j++)
            {
                var apart = Math.Sqrt(Math.Pow(badges[i].Pixel[0] - badges[j].Pixel[0], 2) + Math.Pow(badges[i].Pixel[1] - badges[j].Pixel[1], 2));
                Assert.True(apart >= Math.Max(badges[i].Radius, badges[j].Radius), $"badges of {badges[i].Count} and {badges[j].Count} claims are {apart:0} px apart");
            }
        }

        // Only the names of the focus areas and countries, which always show, may cover a badge.
        var labels = (await page.EvaluateAsync<JsonElement>("() => window.borderMap.placedLabels()")).Deserialize<PlacedLabel[]>(Json) ?? [];
        Assert.NotEmpty(labels);
        foreach (var label in labels.Where(l => !l.Kind.StartsWith("focus-", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(badges, badge => Covers(label.Box, badge));
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task Cluster_badges_are_painted_on_the_map_where_they_are_counted()
    {
        var page = await session.OpenAppAsync();
        await SettledAsync(page);
        var badges = (await page.EvaluateAsync<JsonElement>("() => window.borderMap.clusterBadges()")).Deserialize<Badge[]>(Json) ?? [];
        var largest = badges.MaxBy(b => b.Count);
        Assert.NotNull(largest);
        Assert.True(largest.Count >= 100, $"the largest badge counts {largest.Count} claims");

        // Between the count and the coloured ring a badge is its dark disc (#1b2731); the map's
        // areas underneath are pale, so this pixel shows whether the badge was painted at all.
        var pixel = await page.EvaluateAsync<int[]>(
            """
            ([x, y]) => {
              const canvas = document.querySelector('#map .ol-layer canvas');
              const box = canvas.getBoundingClientRect();
              const at = canvas.getContext('2d').getImageData(Math.round((x - box.left) * canvas.width / box.width), Math.round((y - box.top) * canvas.height / box.height), 1, 1).data;
              return [at[0], at[1], at[2]];
            }
            """,
            new[] { largest.Pixel[0], largest.Pixel[1] - 9 });
        int[] disc = [0x1b, 0x27, 0x31];
        Assert.True(pixel.Zip(disc).All(p => Math.Abs(p.First - p.Second) <= 16), $"rgb({string.Join(", ", pixel)}) above the centre of the badge of {largest.Count} claims");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Sorting_a_paged_list_by_date_puts_the_newest_of_every_claim_first()
    {
        var page = await session.OpenAppAsync();
        var list = page.GetByTestId("claim-list");
        await list.Locator("th.col-date button").ClickAsync();
        await Assertions.Expect(list.Locator("th.col-date")).ToHaveAttributeAsync("aria-sort", "descending");
        await SettledAsync(page);

        // The list still holds one page of the 3,000, now the newest of them all, as the store sorted them.
        Assert.Equal("100 of 3,000", await page.GetByTestId("claim-list-count").TextContentAsync());
        var top = await list.Locator("tbody tr").First.GetAttributeAsync("data-claim-id");
        var newest = await page.EvaluateAsync<string>(
            "async () => (await (await fetch('/api/claims?fields=marker&limit=5000')).json()).features.map(f => f.properties.eventDate).sort().at(-1)");
        var topDate = await page.EvaluateAsync<string>("async id => (await (await fetch('/api/claims/' + id)).json()).properties.eventDate", top);
        Assert.Equal(newest, topDate);
        Assert.Equal("-date", await page.EvaluateAsync<string>("() => new URLSearchParams(location.hash.slice(1)).get('sort')"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_cluster_zooms_in_until_single_claims_can_be_clicked()
    {
        var page = await session.OpenAppAsync();
        var zoom = await page.EvaluateAsync<double>("() => window.borderMap.map.getView().getZoom()");
        for (var clicks = 0; clicks < 6 && (await page.EvaluateAsync<string[]>("() => window.borderMap.drawnClaimIds()")).Length == 0; clicks++)
        {
            var badge = await page.EvaluateAsync<double[]?>("() => window.borderMap.clusterPixel()");
            Assert.NotNull(badge);
            await page.Mouse.ClickAsync((float)badge[0], (float)badge[1]);
            await SettledAsync(page);
            var zoomed = await page.EvaluateAsync<double>("() => window.borderMap.map.getView().getZoom()");
            Assert.True(zoomed > zoom, $"a click on a cluster left the zoom at {zoomed}");
            zoom = zoomed;
        }

        var single = (await page.EvaluateAsync<string[]>("() => window.borderMap.drawnClaimIds()")).FirstOrDefault();
        Assert.NotNull(single);
        var pixel = await ClaimMap.PixelAsync(page, single);
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
        await page.Locator($"[data-testid='claim-panel'][data-claim-id='{single}']").WaitForAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Loading_filtering_searching_and_scrolling_never_asks_for_every_claim()
    {
        var asked = new ConcurrentQueue<Uri>();
        var page = await session.OpenAppRecordingAsync(asked);

        await page.GetByTestId("filter-status-disputed").ClickAsync();
        await SettledAsync(page);
        var scroller = page.Locator(".table-scroll");
        await scroller.EvaluateAsync("element => element.scrollTo(0, element.scrollHeight)");
        await SettledAsync(page);

        var list = page.GetByTestId("claim-list");
        var listed = int.Parse(await list.GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture);
        var total = int.Parse(await list.GetAttributeAsync("data-total") ?? "0", CultureInfo.InvariantCulture);
        await page.GetByTestId("claim-list-search").FillAsync("synthetic");
        await SettledAsync(page);

        var claimLists = asked.Where(uri => uri.AbsolutePath == "/api/claims").ToList();
        Assert.NotEmpty(claimLists);
        foreach (var uri in claimLists)
        {
            var limit = System.Web.HttpUtility.ParseQueryString(uri.Query)["limit"];
            Assert.True(limit is not null && int.Parse(limit, CultureInfo.InvariantCulture) <= 1000, $"unbounded or large claim list: {uri}");
        }

        // The list read what was scrolled through, a page at a time, never every claim the filters pass.
        Assert.True(listed > FirstPage && listed < total, $"{listed} of {total} rows read");
        Assert.Contains(asked, uri => uri.AbsolutePath.StartsWith("/api/tiles/claims/", StringComparison.Ordinal));
        Assert.Contains(asked, uri => uri.AbsolutePath == "/api/claims/facets");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_list_shows_its_first_rows_at_once_and_the_following_ones_as_it_is_scrolled()
    {
        var page = await session.OpenAppAsync();
        var count = page.GetByTestId("claim-list-count");
        var rows = page.GetByTestId("claim-list").Locator("tbody tr");
        Assert.Equal("100 of 3,000", await count.TextContentAsync());
        Assert.True(await rows.First.IsVisibleAsync());

        // Scrolled to the end of what was read, the list reads the next page and goes on with it.
        var scroller = page.Locator(".table-scroll");
        await scroller.EvaluateAsync("element => element.scrollTo(0, element.scrollHeight)");
        await Assertions.Expect(count).ToHaveTextAsync($"{FirstPage + NextPage} of 3,000");
        await SettledAsync(page);

        // Further down, past the first page, the rows are the store's claims in date order from where it ended: none missed, none twice.
        await scroller.EvaluateAsync($"element => element.scrollTo(0, {FirstPage * 3} * element.querySelector('tbody tr').offsetHeight)");
        await SettledAsync(page);
        var read = await page.EvaluateAsync<string[]>(
            $"async () => (await (await fetch('/api/claims?fields=marker&sort=date&limit={FirstPage + NextPage}')).json()).features.map(f => f.properties.id)");
        var shown = await rows.EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.claimId)");
        var from = Array.IndexOf(read, shown[0]);
        Assert.True(from > FirstPage, $"the rows in view start at claim {from}");
        Assert.Equal(read.Skip(from).Take(shown.Length), shown);
        Assert.Equal($"{FirstPage + NextPage} of 3,000", await count.TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_legend_counts_each_category_as_the_store_holds_it()
    {
        var page = await session.OpenAppAsync();
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(session.ClaimsFile));
        var written = file.RootElement.GetProperty("features").EnumerateArray()
            .GroupBy(f => f.GetProperty("properties").GetProperty("category").GetString() ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var legend = page.GetByTestId("legend").Locator("li[data-category]");
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < await legend.CountAsync(); i++)
        {
            var row = legend.Nth(i);
            shown[await row.GetAttributeAsync("data-category") ?? string.Empty] = int.Parse(await row.Locator(".count").TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        }

        Assert.Equal(written.Where(c => c.Value > 0).OrderBy(c => c.Key), shown.Where(c => c.Value > 0).OrderBy(c => c.Key));
        Assert.Equal(ScaleSession.Claims, shown.Values.Sum());
        await page.CloseAsync();
    }
}
