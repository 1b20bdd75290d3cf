using System.Diagnostics;

namespace BorderMap.Rendering.Tests;

/// <summary>Runs the real command-line tools a reader would use on our files (poppler's pdftoppm and pdftotext, librsvg's rsvg-convert).</summary>
internal static class ExternalTool
{
    public static async Task<string> Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
