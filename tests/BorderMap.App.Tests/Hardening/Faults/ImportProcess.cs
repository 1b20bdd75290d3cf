using System.Diagnostics;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary><c>bordermap claims import</c> started as its own process and left running, for a test to kill mid-import.</summary>
internal sealed class ImportProcess : IDisposable
{
    private readonly Process _process;

    private ImportProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static ImportProcess Start(string file, string store)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "bordermap.dll"), "claims", "import", file, "--store", store })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        // Drained so that a full pipe never holds the import up.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return new ImportProcess(process);
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
