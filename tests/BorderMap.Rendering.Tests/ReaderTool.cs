using BorderMap.Storage.Tests;

namespace BorderMap.Rendering.Tests;

/// <summary>Runs the real tools a reader would use on our files (poppler's pdftoppm, pdftotext, pdffonts; librsvg's rsvg-convert) and fails the test if one fails.</summary>
internal static class ReaderTool
{
    public static async Task<string> Run(string program, params string[] args)
    {
        var (exitCode, stdout, stderr) = await ExternalTool.Run(program, args);
        Assert.True(exitCode == 0, $"{program} failed ({exitCode}): {stderr}");
        return stdout;
    }
}
