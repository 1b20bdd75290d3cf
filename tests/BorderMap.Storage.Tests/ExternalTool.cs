using System.Diagnostics;

namespace BorderMap.Storage.Tests;

/// <summary>Runs a command-line tool (GDAL's here) to completion and captures what it printed.</summary>
public static class ExternalTool
{
    public const string ValidateGpkg = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";

    public static async Task<(int ExitCode, string StdOut, string StdErr)> Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
