using System.Diagnostics;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary><c>bordermap claims import</c> started as its own process and left running, for a test to kill mid-import.</summary>
internal sealed class ImportProcess : IDisposable
{
    private readonly Process _process;
    private volatile bool _reportedWrittenClaims;

    private ImportProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>Whether the import has printed its first "N claims checked and written" line: claims are written, the transaction is open.</summary>
    public bool ReportedWrittenClaims => _reportedWrittenClaims;

    public static ImportProcess Start(string file, string store)
    {
        var import = new ImportProcess(Process.Start(AppProcess.StartInfo(["claims", "import", file, "--store", store]))!);
        // Both drained so that a full pipe never holds the import up.
        _ = import.WatchOutputAsync();
        _ = import._process.StandardError.ReadToEndAsync();
        return import;
    }

    private async Task WatchOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            _reportedWrittenClaims |= line.Contains(" claims checked and written", StringComparison.Ordinal);
        }
    }

    /// <summary>Polls <paramref name="writing"/> until the import is writing, then kills it with SIGKILL; false when the import ended first.</summary>
    public async Task<bool> KillWhileWritingAsync(Func<Task<bool>> writing)
    {
        // A guard against a hang, not a speed check.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (!await writing())
        {
            if (_process.HasExited)
            {
                return false;
            }

            await Task.Delay(2, timeout.Token);
        }

        _process.Kill();
        await _process.WaitForExitAsync(timeout.Token);
        return true;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
