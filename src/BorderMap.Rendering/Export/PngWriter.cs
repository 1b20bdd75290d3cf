using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Rasterises a page at its pixel size and encodes it as PNG with its DPI. Drawing is
/// single-threaded and the encoder adds no time or randomness, so equal input gives equal bytes.
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
        using var rgba = bitmap.PeekPixels();
        // Marked opaque, the page is written as RGB without its alpha channel, which is 255 everywhere:
        // the same pixels in a quarter fewer bytes to compress. Measured on the 3000 × 2000 benchmark map
        // with 10,000 claims (bench/RESULTS.md, Rendering): RGBA took 147 ms for 2.93 MB, RGB 120 ms for 2.76 MB.
        using var pixels = new SKPixmap(rgba.Info.WithAlphaType(SKAlphaType.Opaque), rgba.GetPixels(), rgba.RowBytes);
        // The Sub filter at zlib level 3, chosen against the alternatives on the same map: level 6 makes
        // the file 9 % smaller (2.52 MB) for 45 % more time (173 ms), level 1 saves 7 ms for 6 % more
        // bytes, Skia's default (every filter tried per row, level 6) takes 310 ms. Mapnik's png32 of the
        // same pixels is smaller (1.91 MB at its default level, 2.20 MB at level 3) but takes 225 ms (110 ms
        // at level 3): an export is judged by its time, and level 3 keeps the encoder at Mapnik's speed.
        using var encoded = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 3))
            ?? throw new InvalidOperationException("Skia could not encode the PNG.");
        output.Write(PngDensity.WithDpi(encoded.AsSpan(), dpi));
    }
}
