using System.ComponentModel;
using System.Diagnostics;

namespace BorderMap.App.Server;

/// <summary>
/// Opens the map like a desktop window: the browser named by <c>BROWSER</c> when it is set (the
/// usual colon-separated list of commands, <c>%s</c> standing for the URL), else a Chromium-family
/// browser in <c>--app</c> mode when one is installed, else the desktop's default browser. When none
/// opens, it says why in one line, with the URL to open by hand: a browser that exits with an error
/// soon after starting has failed (Chromium run as root without <c>--no-sandbox</c> does just that),
/// one still running or done with success has opened the page.
/// </summary>
internal static class BrowserLauncher
{
    private static readonly string[] AppModeBrowsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>How long a browser that is going to fail takes at most to say so; one still running after it has opened.</summary>
    private static readonly TimeSpan FailureWindow = TimeSpan.FromSeconds(5);

    /// <summary>How much of a failing browser's error output is kept to find the reason in.</summary>
    private const int KeptErrorLines = 20;

    public static async Task OpenAsync(string url, TextWriter output)
    {
        var commands = Commands(url, Environment.GetEnvironmentVariable("BROWSER"));
        var reason = commands.Count == 0 ? "no browser found; set BROWSER to one to have it opened" : null;
        foreach (var command in commands)
        {
            reason = await TryStartAsync(command);
            if (reason is null)
            {
                return;
            }
        }

        await output.WriteLineAsync($"Open {url} in your browser: {reason}.");
    }

    /// <summary>The commands to try in turn.</summary>
    private static List<ProcessStartInfo> Commands(string url, string? browserVariable)
    {
        if (!string.IsNullOrWhiteSpace(browserVariable))
        {
            return [.. browserVariable.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(entry => FromBrowserEntry(entry, url))];
        }

        if (AppModeBrowsers.Select(FindOnPath).FirstOrDefault(p => p is not null) is { } appBrowser)
        {
            return [new ProcessStartInfo(appBrowser) { ArgumentList = { $"--app={url}", "--new-window" } }];
        }

        return FindOnPath("xdg-open") is { } opener ? [new ProcessStartInfo(opener) { ArgumentList = { url } }] : [];
    }

    /// <summary>One entry of <c>BROWSER</c>: a command and its arguments, the URL in place of <c>%s</c> or after them.</summary>
    private static ProcessStartInfo FromBrowserEntry(string entry, string url)
    {
        var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(words[0]);
        foreach (var word in words.Skip(1))
        {
            start.ArgumentList.Add(word.Replace("%s", url, StringComparison.Ordinal));
        }

        if (!entry.Contains("%s", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(url);
        }

        return start;
    }

    /// <summary>Starts the browser; null once it runs or is done with success, else why it failed.</summary>
    private static async Task<string?> TryStartAsync(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardError = true;
        var errors = new List<string>();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("no process was started");
        }
        catch (Win32Exception e)
        {
            return $"cannot start {start.FileName} ({e.Message})";
        }

        // Read to the end even after the window, so a browser that keeps writing never blocks on a full pipe.
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                if (line.Data is { Length: > 0 } text && errors.Count < KeptErrorLines)
                {
                    errors.Add(text.Trim());
                }
            }
        };
        process.BeginErrorReadLine();
        using var window = new CancellationTokenSource(FailureWindow);
        try
        {
            await process.WaitForExitAsync(window.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        var exitCode = process.ExitCode;
        process.Dispose();
        lock (errors)
        {
            return exitCode == 0 ? null : Reason(Path.GetFileName(start.FileName), exitCode, errors);
        }
    }

    private static string Reason(string browser, int exitCode, List<string> errors)
    {
        if (errors.Exists(line => line.Contains("--no-sandbox", StringComparison.Ordinal)))
        {
            return "Chromium refuses to run as root without --no-sandbox";
        }

        if (errors.Exists(line => line.Contains("DISPLAY", StringComparison.Ordinal)))
        {
            return $"{browser} found no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset)";
        }

        var first = errors.FirstOrDefault();
        return first is null ? $"{browser} exited with code {exitCode}" : $"{browser} exited with code {exitCode}: {Shorten(first)}";
    }

    private static string Shorten(string line) => line.Length <= 160 ? line : string.Concat(line.AsSpan(0, 159), "…");

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
