using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// One running app shared by the browser tests of a class, opened in the run's one headless Debian Chromium
/// (<see cref="SharedChromium"/>). Each test gets a fresh page in a context of its own; the class's pages are closed
/// when it ends. Playwright never downloads a browser here: it drives /usr/bin/chromium.
/// What the server printed and what each test's pages showed is kept for the test's output (<see cref="BrowserTest"/>).
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    private readonly List<IPage> _opened = [];
    private IBrowser? _browser;
    private AppProcess? _app;
    private PageLog _pages = new();

    /// <summary>Where the server's output stood when the running test started: its output shows only what came after.</summary>
    private long _serverLogMark;

    public Uri Url => _app!.Url;

    /// <summary>
    /// How long a Playwright assertion waits for its state. Its default, 5 s, is shorter than a render or a store query
    /// takes on a loaded machine (six test runs on two cores); a state that never comes still fails, after this.
    /// </summary>
    private const float ExpectTimeoutMs = 30_000;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        _app = await AppProcess.ServeLogged(await ServeArgumentsAsync());
        _browser = await SharedChromium.BrowserAsync();
    }

    /// <summary>Opens the app and waits until the map reports that every layer has loaded and rendered.</summary>
    public async Task<IPage> OpenAppAsync(string path = "")
    {
        var page = await OpenPageAsync(path);
        await MapReadyAsync(page);
        return page;
    }

    /// <summary>
    /// Opens the app like <see cref="OpenAppAsync"/>, adding every request the page makes, from its navigation on, to
    /// <paramref name="asked"/>: a queue, because Playwright raises its events on its own thread while the test reads.
    /// </summary>
    public async Task<IPage> OpenAppRecordingAsync(ConcurrentQueue<Uri> asked, string path = "")
    {
        var page = await OpenPageAsync("about:blank");
        page.Request += (_, request) => asked.Enqueue(new Uri(request.Url));
        await page.GotoAsync(new Uri(Url, path).ToString());
        await MapReadyAsync(page);
        return page;
    }

    /// <summary>
    /// Waits until the page's map reports that every layer has loaded and rendered. The map's code is a chunk the entry
    /// script imports, so after a navigation or a reload <c>window.borderMap</c> may not exist yet: first wait for it.
    /// </summary>
    public static async Task MapReadyAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.borderMap !== undefined");
        await page.EvaluateAsync("() => window.borderMap.ready");
    }

    /// <summary>Opens the app's page without waiting for the map (which a shared map shows only after sign-in).</summary>
    public async Task<IPage> OpenPageAsync(string path = "")
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        _opened.Add(page);
        _pages.Watch(page);
        await page.GotoAsync(new Uri(Url, path).ToString());
        return page;
    }

    /// <summary>
    /// What the pages of the test that just ended showed, and what the server printed during it (the first test's lines
    /// include the server's start); the pages' events and the server's lines from now on are the next test's. The tests
    /// of a class run one after another, so the test that ended is the only one.
    /// </summary>
    public string EndTest()
    {
        var serverLines = _app is null ? "(not started)" : _app.LogLinesSince(_serverLogMark);
        var shown = $"{_pages.Describe()}\nwhat bordermap serve printed during this test (UTC):\n{serverLines}";
        _pages = new PageLog();
        _serverLogMark = _app?.LogMark() ?? 0;
        return shown;
    }

    /// <summary>The options of <c>bordermap serve</c> beyond the port; none, so the shared test store is used.</summary>
    protected virtual Task<string[]> ServeArgumentsAsync() => Task.FromResult(Array.Empty<string>());

    public virtual async Task DisposeAsync()
    {
        // A page's context is its own (Browser.NewPageAsync): closing the page closes it, and the browser goes on for the next class.
        foreach (var page in _opened.Where(p => !p.IsClosed && _browser!.IsConnected))
        {
            await page.CloseAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
