using BorderMap.Core.Tests;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// Compares a rendered image with its reference under Golden/, with a small tolerance: a pixel
/// counts as different when a channel differs by more than <see cref="ChannelTolerance"/>, and the
/// test fails when more than <see cref="MaxDifferentFraction"/> of the pixels do. That absorbs
/// anti-aliasing noise between rasterisers while catching any moved label, symbol or line.
/// Set BORDERMAP_UPDATE_GOLDENS=1 to rewrite the references from the current output (then review
/// the new images before committing them). On a mismatch the actual image and a difference mask are
/// written beside the test binaries and named in the failure.
/// </summary>
internal static class GoldenImage
{
    private const int ChannelTolerance = 48;
    private const double MaxDifferentFraction = 0.002;

    private static string GoldenDirectory { get; } = Path.Combine(Path.GetDirectoryName(RepositoryData.GeodataDirectory)!, "tests", "BorderMap.Rendering.Tests", "Golden");

    public static void AssertMatches(string name, byte[] png)
    {
        var golden = Path.Combine(GoldenDirectory, name);
        if (Environment.GetEnvironmentVariable("BORDERMAP_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllBytes(golden, png);
            return;
        }

        Assert.True(File.Exists(golden), $"No reference image {golden}; run the tests with BORDERMAP_UPDATE_GOLDENS=1 to create it.");
        using var expected = SKBitmap.Decode(golden);
        using var actual = SKBitmap.Decode(png);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));

        using var mask = new SKBitmap(actual.Width, actual.Height);
        var different = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var (e, a) = (expected.GetPixel(x, y), actual.GetPixel(x, y));
                var delta = Math.Max(Math.Max(Math.Abs(e.Red - a.Red), Math.Abs(e.Green - a.Green)), Math.Max(Math.Abs(e.Blue - a.Blue), Math.Abs(e.Alpha - a.Alpha)));
                var off = delta > ChannelTolerance;
                different += off ? 1 : 0;
                mask.SetPixel(x, y, off ? SKColors.Red : a.WithAlpha(60));
            }
        }

        var fraction = (double)different / (actual.Width * actual.Height);
        if (fraction > MaxDifferentFraction)
        {
            var failures = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "golden-failures")).FullName;
            var actualPath = Path.Combine(failures, name);
            File.WriteAllBytes(actualPath, png);
            using var diff = File.Create(Path.Combine(failures, Path.ChangeExtension(name, ".diff.png")));
            mask.Encode(diff, SKEncodedImageFormat.Png, 100);
            Assert.Fail($"{name}: {fraction:P2} of the pixels differ from the reference (limit {MaxDifferentFraction:P2}); see {actualPath} and its .diff.png");
        }
    }
}
