using System.Diagnostics;

namespace BorderMap.App.Server;

/// <summary>
/// Opens the map like a desktop window: a Chromium-family browser in <c>--app</c> mode when one is
/// installed, otherwise the desktop's default browser.
/// </summary>
internal static class BrowserLauncher
{
    private static readonly string[] AppModeBrowsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static void Open(string url)
    {
        var appBrowser = AppModeBrowsers.Select(FindOnPath).FirstOrDefault(p => p is not null);
        var start = appBrowser is not null
            ? new ProcessStartInfo(appBrowser) { ArgumentList = { $"--app={url}", "--new-window" } }
            : new ProcessStartInfo("xdg-open") { ArgumentList = { url } };
        start.UseShellExecute = false;
        try
        {
            Process.Start(start)?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"No browser could be started; open {url} yourself.");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
