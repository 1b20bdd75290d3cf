using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The areas (countries, provinces) are painted as one image under the claims: a focus province
/// shows the style's focus fill where a click selects it, and the painted areas follow the map
/// while it is dragged and after it comes to rest.
/// </summary>
public class AreaImageTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private const string FocusProvince = "AF-BDS";

    /// <summary>The colours of the areas' image at client pixels (r, g, b, a each).</summary>
    private static async Task<int[][]> AreaColoursAsync(IPage page, IEnumerable<double[]> points) =>
        await page.EvaluateAsync<int[][]>(
            """
            points => {
              const canvas = document.querySelector('#map .area-image canvas');
              const box = canvas.getBoundingClientRect();
              const context = canvas.getContext('2d');
              return points.map(([x, y]) => [...context.getImageData(Math.floor((x - box.left) * canvas.width / box.width), Math.floor((y - box.top) * canvas.height / box.height), 1, 1).data]);
            }
            """,
            points.ToArray());

    private static async Task NextFramesAsync(IPage page) =>
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

    private static int[] Rgb(string hex) => [Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16)];

    private static bool Near(int[] a, int[] b) => a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 6);

    [Fact]
    public async Task A_focus_province_is_painted_in_the_focus_fill()
    {
        var page = await session.OpenAppAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var style = await page.EvaluateAsync<JsonElement>("() => fetch('/api/style').then(r => r.json())");
        var focusFill = Rgb(style.GetProperty("areas").GetProperty("focusFill").GetString()!);
        var pixel = await page.EvaluateAsync<double[]?>("id => window.borderMap.regionPixel(id)", FocusProvince);
        Assert.NotNull(pixel);

        var colour = (await AreaColoursAsync(page, [pixel]))[0];
        Assert.True(Near(colour[..3], focusFill) && colour[3] == 255, $"rgba({string.Join(", ", colour)}) in {FocusProvince}");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_painted_areas_follow_a_drag_and_stay_put_after_it()
    {
        var page = await session.OpenAppAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var map = await page.GetByTestId("map").BoundingBoxAsync() ?? throw new InvalidOperationException("no map");
        var (dx, dy) = (180, 110);
        // A grid over the middle of the map, and the same points moved by the drag.
        var points = (from i in Enumerable.Range(0, 9) from j in Enumerable.Range(0, 7)
                      select new[] { map.X + (map.Width * (0.3 + (i * 0.03))), map.Y + (map.Height * (0.3 + (j * 0.04))) }).ToList();
        var moved = points.Select(p => new[] { p[0] + dx, p[1] + dy }).ToList();
        var before = await AreaColoursAsync(page, points);
        var beforeMoved = await AreaColoursAsync(page, moved);
        // The drag is long enough that the areas under the moved points were different ones: following it is visible.
        Assert.True(before.Zip(beforeMoved).Count(p => !Near(p.First, p.Second)) >= 5, "the drag does not move the points onto other areas");

        var (cx, cy) = ((float)(map.X + (map.Width / 2)), (float)(map.Y + (map.Height / 2)));
        await page.Mouse.MoveAsync(cx, cy);
        await page.Mouse.DownAsync();
        // The drag starts with the first move; the map follows the pointer from there.
        await page.Mouse.MoveAsync(cx + 5, cy);
        await page.Mouse.MoveAsync(cx + 5 + dx, cy + dy, new MouseMoveOptions { Steps = 12 });
        await NextFramesAsync(page);
        var whileDragging = await AreaColoursAsync(page, moved);
        // Held still before release, so the map does not glide on (kinetic panning).
        await page.WaitForTimeoutAsync(300);
        await page.Mouse.UpAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var atRest = await AreaColoursAsync(page, moved);

        Assert.True(before.Zip(whileDragging).Count(p => Near(p.First, p.Second)) >= before.Length - 2, "the image does not follow the drag");
        Assert.True(before.Zip(atRest).Count(p => Near(p.First, p.Second)) >= before.Length - 2, "the image drawn after the drag is not where the areas are");
        await page.CloseAsync();
    }
}
