using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Rasterises a page at its pixel size and encodes it as PNG with its DPI. A page's drawing calls
/// run one after another (on two threads at most, see <see cref="PngPage"/>) and the encoder adds no
/// time or randomness, so equal input gives equal bytes.
/// </summary>
internal static class PngWriter
{
    public static void Write(PageSpec page, Action<SKCanvas> draw, Stream output)
    {
        using var drawn = PngPage.Start(page, draw);
        drawn.Finish(_ => { }, output);
    }

    /// <summary>The page drawn into an opaque bitmap of its pixel size, RGBA unless another <paramref name="colorType"/> is asked for.</summary>
    public static SKBitmap Rasterise(PageSpec page, Action<SKCanvas> draw, SKColorType colorType = SKColorType.Rgba8888)
    {
        var bitmap = Allocate(page, colorType);
        using var canvas = PageCanvas(bitmap, page);
        draw(canvas);
        canvas.Flush();
        return bitmap;
    }

    /// <summary>A bitmap of the page's pixel size, not yet drawn on.</summary>
    public static SKBitmap Allocate(PageSpec page, SKColorType colorType)
    {
        var info = new SKImageInfo(page.PixelWidth, page.PixelHeight, colorType, SKAlphaType.Premul);
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            throw new InvalidOperationException($"Cannot allocate a {page.PixelWidth} × {page.PixelHeight} pixel image.");
        }

        return bitmap;
    }

    /// <summary>A canvas on <paramref name="bitmap"/> that draws in the page's points.</summary>
    public static SKCanvas PageCanvas(SKBitmap bitmap, PageSpec page)
    {
        var canvas = new SKCanvas(bitmap);
        canvas.Scale(page.PixelScale);
        return canvas;
    }

    /// <summary>Encodes a page drawn by <see cref="Rasterise"/>, which every page starts by painting white, so it is opaque.</summary>
    public static void Encode(SKBitmap bitmap, int dpi, Stream output)
    {
        using var rgba = bitmap.PeekPixels();
        // Marked opaque, the page is written as RGB without its alpha channel, which is 255 everywhere:
        // the same pixels in a quarter fewer bytes to compress. Measured on the 3000 × 2000 benchmark map
        // with 10,000 claims (bench/RESULTS.md, Rendering): RGBA took 147 ms for 2.93 MB, RGB 120 ms for 2.76 MB.
        using var pixels = new SKPixmap(rgba.Info.WithAlphaType(SKAlphaType.Opaque), rgba.GetPixels(), rgba.RowBytes);
        // The Sub filter at zlib level 2, chosen on the 3000 × 2000 benchmark map with 10,000 claims
        // (bench/RESULTS.md, Rendering): Skia's zlib writes 2.95 / 2.86 / 2.79 / 2.60 / 2.55 MB at levels
        // 1 / 2 / 3 / 4 / 6 in 76 / 78 / 86 / 113 / 159 ms of CPU. Level 2 matches the size of Mapnik's
        // png32 of the same map (2.88 MB) for 10 % less encoding time than level 3; level 1 saves only
        // 2 ms more for 3 % more bytes, and the higher levels cost a third more time and up for 7-9 %
        // smaller files (Skia's default, every filter tried per row at level 6, took 2.6 times level 3's time).
        using var withDensity = new PngDensity(output, dpi);
        using (var stream = new SKManagedWStream(withDensity))
        {
            if (!pixels.Encode(stream, new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 2)))
            {
                throw new InvalidOperationException("Skia could not encode the PNG.");
            }
        }
    }
}
