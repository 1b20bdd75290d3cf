using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Rasterises a page at its pixel size and encodes it as PNG with its DPI. Drawing is
/// single-threaded and the encoder (<see cref="PngFile"/>) adds no time or randomness, so equal input gives equal bytes.
/// </summary>
internal static class PngWriter
{
    public static void Write(PageSpec page, Action<SKCanvas> draw, Stream output)
    {
        // Drawn in Skia's native byte order, where its fast blitters fill and blend; in RGBA every one of
        // a big map's 20,000 symbol fills and strokes builds a general blending pipeline, which took
        // 1.0 s of the benchmark map's 10,000 claims instead of 0.55 s (the colours differ by at most
        // 6 of 255 in a channel, from the blitters' rounding). Animations keep RGBA, which their
        // encoders read byte by byte.
        using var bitmap = Rasterise(page, draw, SKImageInfo.PlatformColorType);
        Encode(bitmap, page.Dpi, output);
    }

    /// <summary>The page drawn into an opaque bitmap of its pixel size, RGBA unless another <paramref name="colorType"/> is asked for.</summary>
    public static SKBitmap Rasterise(PageSpec page, Action<SKCanvas> draw, SKColorType colorType = SKColorType.Rgba8888)
    {
        var info = new SKImageInfo(page.PixelWidth, page.PixelHeight, colorType, SKAlphaType.Premul);
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            throw new InvalidOperationException($"Cannot allocate a {page.PixelWidth} × {page.PixelHeight} pixel image.");
        }

        using var canvas = new SKCanvas(bitmap);
        canvas.Scale(page.PixelScale);
        draw(canvas);
        canvas.Flush();
        return bitmap;
    }

    /// <summary>Encodes a page drawn by <see cref="Rasterise"/>, which every page starts by painting white, so it is opaque.</summary>
    public static void Encode(SKBitmap bitmap, int dpi, Stream output)
    {
        using var pixels = bitmap.PeekPixels();
        PngFile.Write(pixels, dpi, output);
    }
}
