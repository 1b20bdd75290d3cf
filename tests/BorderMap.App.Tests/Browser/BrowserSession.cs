using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// One running app and one headless Debian Chromium shared by the browser tests of a class. Each
/// test gets a fresh page. Playwright never downloads a browser here: it drives /usr/bin/chromium.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppProcess? _app;

    public Uri Url => _app!.Url;

    public async Task InitializeAsync()
    {
        _app = await AppProcess.Serve(await ServeArgumentsAsync());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Opens the app and waits until the map reports that every layer has loaded and rendered.</summary>
    public async Task<IPage> OpenAppAsync(string path = "")
    {
        var page = await OpenPageAsync(path);
        await page.WaitForFunctionAsync("() => window.borderMap !== undefined");
        await page.EvaluateAsync("() => window.borderMap.ready");
        return page;
    }

    /// <summary>Opens the app like <see cref="OpenAppAsync"/>, adding every request the page makes, from its navigation on, to <paramref name="asked"/>.</summary>
    public async Task<IPage> OpenAppRecordingAsync(List<Uri> asked, string path = "")
    {
        var page = await OpenPageAsync("about:blank");
        page.Request += (_, request) => asked.Add(new Uri(request.Url));
        await page.GotoAsync(new Uri(Url, path).ToString());
        await page.WaitForFunctionAsync("() => window.borderMap !== undefined");
        await page.EvaluateAsync("() => window.borderMap.ready");
        return page;
    }

    /// <summary>Opens the app's page without waiting for the map (which a shared map shows only after sign-in).</summary>
    public async Task<IPage> OpenPageAsync(string path = "")
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(new Uri(Url, path).ToString());
        return page;
    }

    /// <summary>The options of <c>bordermap serve</c> beyond the port; none, so the shared test store is used.</summary>
    protected virtual Task<string[]> ServeArgumentsAsync() => Task.FromResult(Array.Empty<string>());

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
