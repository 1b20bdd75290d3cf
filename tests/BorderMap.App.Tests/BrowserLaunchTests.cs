namespace BorderMap.App.Tests;

/// <summary>
/// <c>bordermap serve</c> opens a browser; when it cannot, it prints the URL and why, in one line,
/// instead of leaving the user with nothing on screen.
/// </summary>
public sealed class BrowserLaunchTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bordermap-browser-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_Chromium_that_refuses_to_run_as_root_is_named_with_the_URL_to_open()
    {
        // What Chromium prints, and how it exits, when it is started as root without --no-sandbox.
        var browser = Script("chromium-as-root", """
            echo "[1:1:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180." >&2
            exit 1
            """);
        await using var app = await AppProcess.ServeOpeningBrowser(new Dictionary<string, string> { ["BROWSER"] = browser });

        var line = await LineMentioning(app, app.Url.ToString());

        Assert.Equal($"Open {app.Url} in your browser: Chromium refuses to run as root without --no-sandbox.", line);
    }

    [Fact]
    public async Task A_browser_that_cannot_be_started_is_named_with_the_URL_to_open()
    {
        var missing = Path.Combine(_directory, "no-such-browser");
        await using var app = await AppProcess.ServeOpeningBrowser(new Dictionary<string, string> { ["BROWSER"] = missing });

        var line = await LineMentioning(app, app.Url.ToString());

        Assert.StartsWith($"Open {app.Url} in your browser: cannot start {missing}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_browser_on_the_path_it_says_so()
    {
        await using var app = await AppProcess.ServeOpeningBrowser(new Dictionary<string, string> { ["BROWSER"] = string.Empty, ["PATH"] = _directory });

        var line = await LineMentioning(app, app.Url.ToString());

        Assert.Equal($"Open {app.Url} in your browser: no browser found; set BROWSER to one to have it opened.", line);
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static async Task<string> LineMentioning(AppProcess app, string text)
    {
        // A guard against a hung process, not a speed check.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await app.NextOutputLine(timeout.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"serve ended its output without a line mentioning {text}");
    }
}
