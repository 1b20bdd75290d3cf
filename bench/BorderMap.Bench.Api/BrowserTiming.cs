using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace BorderMap.Bench.Api;

/// <summary>
/// Times the web map in headless Debian Chromium: from navigation to the first complete render
/// (<c>window.borderMap.ready</c>), then the frame times while the map is dragged for three seconds;
/// with <c>profile</c>, also the requests the first render waited for and the main thread's CPU
/// for the load and for the drag (<see cref="BrowserProfile"/>); with <c>trace</c>, Chromium's own
/// trace of the drag: the main thread's CPU per frame (<see cref="MainThreadFrames"/>) and the
/// trace summed per thread (<see cref="BrowserTrace"/>); with <c>first</c>, Chromium's trace of
/// the first load: its requests, the main thread's CPU and long tasks (<see cref="FirstLoadTrace"/>).
/// Every mode prints the Chromium processes' CPU from navigation to the first render (<see cref="ChromiumCpu"/>).
/// </summary>
internal static class BrowserTiming
{
    public static async Task<int> Measure(Uri url, string? mode = null)
    {
        var profile = mode == "profile";
        var trace = mode == "trace";
        var first = mode == "first";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var start = await BrowserProfile.MainThreadAsync(cdp);
        if (profile)
        {
            await BrowserProfile.StartProfilerAsync(cdp);
        }

        if (first)
        {
            await FirstLoadTrace.StartAsync(cdp);
        }

        var chromiumBefore = (ChromiumCpu.ByType(), ChromiumCpu.ByType(byThread: true));
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(url.ToString(), new PageGotoOptions { Timeout = 300_000 });
        await page.WaitForFunctionAsync("() => window.borderMap !== undefined", null, new PageWaitForFunctionOptions { Timeout = 300_000 });
        var readyOnPageClock = await page.EvaluateAsync<double>("() => window.borderMap.ready.then(() => performance.now())");
        var firstRender = clock.Elapsed.TotalMilliseconds;
        var chromiumReady = (ChromiumCpu.ByType(), ChromiumCpu.ByType(byThread: true));
        var loaded = await BrowserProfile.MainThreadAsync(cdp);
        if (first)
        {
            await FirstLoadTrace.PrintAsync(cdp, url, readyOnPageClock);
        }

        if (profile)
        {
            Console.WriteLine("Canvases in the map (each one Chromium composites and, once it changed, copies every frame): "
                + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#map canvas')].map(c => `${c.width}×${c.height} in ${c.parentElement?.className}`).join('; ')"));
            Console.WriteLine("JavaScript self time from navigation to the first complete render:");
            await BrowserProfile.PrintHotFunctionsAsync(cdp, 30);
        }

        await page.EvaluateAsync("() => { window.__frames = []; let last = performance.now(); const tick = now => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); }; requestAnimationFrame(tick); }");
        if (profile)
        {
            await BrowserProfile.StartProfilerAsync(cdp);
        }

        if (trace)
        {
            await BrowserTrace.StartAsync(cdp);
        }

        var frames = await DragAsync(page);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Chromium load to first complete render: {firstRender:0} ms"));
        Console.WriteLine($"Chromium CPU, navigation to first complete render: {ChromiumCpu.Difference(chromiumBefore.Item1, chromiumReady.Item1)}");
        Console.WriteLine($"  its busiest threads: {ChromiumCpu.Difference(chromiumBefore.Item2, chromiumReady.Item2, 6)}");
        Console.WriteLine($"Chromium frame time while panning: {Percentiles.Summary(frames)}");
        if (trace)
        {
            await BrowserTrace.PrintAsync(cdp, 20);
        }

        if (profile)
        {
            await BrowserProfile.PrintAsync(page, start, loaded, "load");
            await BrowserProfile.PrintAsync(page, loaded, await BrowserProfile.MainThreadAsync(cdp), "panning");
            Console.WriteLine("JavaScript self time while panning:");
            await BrowserProfile.PrintHotFunctionsAsync(cdp, 20);
        }

        return 0;
    }

    /// <summary>Drags the map in circles for three seconds and answers the frame times meanwhile.</summary>
    private static async Task<double[]> DragAsync(IPage page)
    {
        var map = await page.GetByTestId("map").BoundingBoxAsync() ?? throw new InvalidOperationException("no map element");
        var (cx, cy) = ((float)(map.X + (map.Width / 2)), (float)(map.Y + (map.Height / 2)));
        await page.Mouse.MoveAsync(cx, cy);
        await page.Mouse.DownAsync();
        var drag = Stopwatch.StartNew();
        for (var step = 0; drag.Elapsed < TimeSpan.FromSeconds(3); step++)
        {
            var angle = step / 20.0;
            await page.Mouse.MoveAsync(cx + (float)(150 * Math.Sin(angle)), cy + (float)(100 * Math.Cos(angle)));
        }

        await page.Mouse.UpAsync();
        return await page.EvaluateAsync<double[]>("() => { window.__stop = true; return window.__frames.slice(1); }");
    }
}
