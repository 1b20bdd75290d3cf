using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The names on the map at the opening view on a 1366×768 laptop: the focus provinces and
/// Tajikistan are always labelled, towns are labelled where they fit (the capitals first), and no
/// two labels overlap.
/// Labels come from the page's placed-label list (<c>window.borderMap.placedLabels()</c>), which
/// is exactly what the label layer draws.
/// </summary>
public class MapLabelTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private static readonly string[] FocusProvinces = ["Badakhshan", "Takhar", "Kandahar", "Helmand"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Label(string Id, string Text, string Kind, double[] Box);

    private static async Task<IPage> OpenLaptopAsync(BrowserSession session)
    {
        var page = await session.OpenAppAsync();
        await page.SetViewportSizeAsync(1366, 768);
        // The opening view is fitted to the window the page starts in.
        await page.ReloadAsync();
        await BrowserSession.MapReadyAsync(page);
        await page.EvaluateAsync("() => window.borderMap.settled()");
        return page;
    }

    private static async Task<Label[]> PlacedLabelsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("() => window.borderMap.placedLabels()");
        return json.Deserialize<Label[]>(Json) ?? [];
    }

    private static bool Overlap(double[] a, double[] b) =>
        a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;

    [Fact]
    public async Task Opening_view_labels_the_focus_areas_and_towns_and_no_two_labels_overlap()
    {
        var page = await OpenLaptopAsync(session);
        var labels = await PlacedLabelsAsync(page);
        var map = await page.Locator("#map").BoundingBoxAsync();
        Assert.NotNull(map);

        foreach (var name in FocusProvinces)
        {
            // (Kandahar is also a town, labelled beside its dot.)
            var label = Assert.Single(labels, l => l.Text == name && l.Kind == "focus-area");
            // On screen, inside the map.
            Assert.InRange(label.Box[0], map.X - 40, map.X + map.Width);
            Assert.InRange(label.Box[1], map.Y, map.Y + map.Height);
        }

        Assert.Contains(labels, l => l.Text == "TAJIKISTAN");
        // Capitals rank first among towns, and a claim anchored on the town does not hide it.
        Assert.Contains(labels, l => l.Kind == "town" && l.Text == "Dushanbe");
        Assert.Contains(labels, l => l.Kind == "town" && l.Text == "Kabul");
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                Assert.False(Overlap(labels[i].Box, labels[j].Box), $"“{labels[i].Text}” overlaps “{labels[j].Text}”");
            }
        }
    }

    [Fact]
    public async Task The_layer_switcher_hides_the_towns_and_their_labels()
    {
        var page = await OpenLaptopAsync(session);
        Assert.Contains(await PlacedLabelsAsync(page), l => l.Kind == "town");

        await page.GetByTestId("layer-toggle-towns").UncheckAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");

        var labels = await PlacedLabelsAsync(page);
        Assert.DoesNotContain(labels, l => l.Kind == "town");
        Assert.Contains(labels, l => l.Text == "Badakhshan");
    }
}
