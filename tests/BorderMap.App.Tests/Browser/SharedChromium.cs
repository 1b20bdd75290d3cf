using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// One Playwright driver and one headless Debian Chromium for every browser test class of the run. Each class had
/// its own (a Node.js driver and a Chromium started and closed 26 times an App run), yet each test opens its pages in
/// contexts of their own, which share nothing: only the processes were repeated. A browser that crashed or was closed
/// is launched again for the next class that asks. The driver and the browser are closed when the test host exits.
/// </summary>
internal static class SharedChromium
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader",
    ];

    /// <summary>How long closing the browser at the host's exit may take before the host exits anyway (the driver then ends it).</summary>
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(10);

    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The running browser, launched on first use (and again if it is no longer connected).</summary>
    public static async Task<IBrowser> BrowserAsync()
    {
        await Launching.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            if (_playwright is null)
            {
                _playwright = await Playwright.CreateAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();
            }

            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArgs,
            });
            return _browser;
        }
        finally
        {
            Launching.Release();
        }
    }

    private static void Close()
    {
        _browser?.CloseAsync().Wait(CloseWait);
        _playwright?.Dispose();
    }
}
