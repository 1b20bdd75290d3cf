using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BorderMap.App.Tests;

/// <summary>
/// The real <c>bordermap</c> executable in its own process, as a user starts it. Disposing ends the
/// process by its PID.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    /// <summary>
    /// A guard against a server that never starts, not a speed check: a start takes seconds, but a minute was not enough
    /// at load 80–120 on two cores (bench/RESULTS.md, Test suite, suite33a and suite34).
    /// </summary>
    private static readonly TimeSpan UrlWait = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private ServerLog? _log;

    private AppProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Runs <c>bordermap</c> to completion and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunToEnd(params string[] args) =>
        RunToEnd(new Dictionary<string, string>(), args);

    /// <summary>Runs <c>bordermap</c> to completion with these environment variables set.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunToEnd(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a speed check: imports of tens of thousands of claims run here.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts <c>bordermap serve --port 0 --no-browser</c> and waits for the URL it prints.</summary>
    public static Task<AppProcess> Serve(params string[] extraArgs) =>
        Start(StartInfo(["serve", "--port", "0", "--no-browser", .. extraArgs]));

    /// <summary>
    /// Starts <c>bordermap serve --port 0 --no-browser</c> logging its requests, and keeps reading what it prints
    /// (<see cref="LogMark"/>, <see cref="LogLinesSince"/>): for a fixture whose test failures show the server's side. Its output is then
    /// not read otherwise (<see cref="NextOutputLine"/>, <see cref="TerminateAsync"/>).
    /// </summary>
    public static async Task<AppProcess> ServeLogged(params string[] extraArgs)
    {
        var start = StartInfo(["serve", "--port", "0", "--no-browser", .. extraArgs]);
        foreach (var (name, value) in ServerLog.RequestLogging)
        {
            start.Environment[name] = value;
        }

        var app = await Start(start);
        app._log = new ServerLog(app._process.StandardOutput, app._process.StandardError);
        return app;
    }

    /// <summary>Where a <see cref="ServeLogged"/> server's output is now, for <see cref="LogLinesSince"/>.</summary>
    public long LogMark() => _log?.Mark() ?? 0;

    /// <summary>What a <see cref="ServeLogged"/> server printed since <paramref name="mark"/> (at most its last 100 lines), oldest first.</summary>
    public string LogLinesSince(long mark) => _log?.LinesSince(mark) ?? "(the server's output is not kept)";

    /// <summary>Starts <c>bordermap serve --port 0</c>, which opens a browser, with these environment variables set.</summary>
    public static Task<AppProcess> ServeOpeningBrowser(IReadOnlyDictionary<string, string> environment)
    {
        var start = StartInfo(["serve", "--port", "0"]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Start(start);
    }

    /// <summary>The next line serve prints after its URL, or null once it ended its output.</summary>
    public Task<string?> NextOutputLine(CancellationToken cancel) => _process.StandardOutput.ReadLineAsync(cancel).AsTask();

    private static async Task<AppProcess> Start(ProcessStartInfo start)
    {
        var process = Process.Start(start)!;
        var printed = new List<string>();
        using var timeout = new CancellationTokenSource(UrlWait);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (UrlPattern().Match(line) is { Success: true } match)
                {
                    return new AppProcess(process, new Uri(match.Value));
                }

                printed.Add(line);
            }

            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException($"bordermap serve printed no URL. stderr: {error}");
        }
        catch (Exception error)
        {
            // A server that printed no URL in time may still be running: nothing else knows its PID.
            await new AppProcess(process, new Uri("http://127.0.0.1/")).DisposeAsync();
            if (error is OperationCanceledException && timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"bordermap serve printed no URL within {UrlWait.TotalMinutes} min; before that it printed: {string.Join(" | ", printed)}", error);
            }

            throw;
        }
    }

    /// <summary>Sends the process SIGTERM (by its PID, as a service manager would) and waits for it to end; its exit code and what it printed to stderr.</summary>
    public async Task<(int ExitCode, string StdErr)> TerminateAsync()
    {
        Assert.Equal(0, (await BorderMap.Storage.Tests.ExternalTool.Run("kill", "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ExitCode);
        // A guard against a hang, not a speed check.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = await _process.StandardError.ReadToEndAsync(timeout.Token);
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, stderr);
    }

    /// <summary>Kills the process with SIGKILL (kill -9), as a crash or the OOM killer would: it gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>
    /// How a test starts <c>bordermap</c> with <paramref name="args"/>: the executable of the ReadyToRun publish that the
    /// test project's build makes (published-app, see its .csproj), as the README's <c>DIR/bordermap</c>.
    /// </summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "published-app", "bordermap"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>The URL serve prints: on loopback, or on every interface with --bind 0.0.0.0.</summary>
    [GeneratedRegex(@"http://(127\.0\.0\.1|0\.0\.0\.0):\d+/")]
    private static partial Regex UrlPattern();
}
