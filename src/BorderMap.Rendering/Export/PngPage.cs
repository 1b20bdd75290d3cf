using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// A PNG page drawn in two stages, which may run on two threads one after the other: <see cref="Start"/>
/// draws what needs no layout (the white page, the title, the base map) while the caller lays out the
/// rest, <see cref="Finish"/> draws the rest on the same canvas and encodes the page. The canvas sees
/// the same calls in the same order as a page drawn in one go, so the pixels and the file are the same.
/// </summary>
internal sealed class PngPage : IDisposable
{
    private readonly PageSpec _page;
    private readonly SKBitmap _bitmap;
    private readonly SKCanvas _canvas;

    private PngPage(PageSpec page, SKBitmap bitmap)
    {
        _page = page;
        _bitmap = bitmap;
        _canvas = PngWriter.PageCanvas(bitmap, page);
    }

    /// <summary>Allocates the page and draws its first stage.</summary>
    public static PngPage Start(PageSpec page, Action<SKCanvas> drawFirst)
    {
        // Drawn in Skia's native byte order, where its fast blitters fill and blend; in RGBA every one of
        // a big map's 20,000 symbol fills and strokes builds a general blending pipeline, which took
        // 1.0 s of the benchmark map's 10,000 claims instead of 0.55 s (the colours differ by at most
        // 6 of 255 in a channel, from the blitters' rounding). Animations keep RGBA, which their
        // encoders read byte by byte.
        var drawn = new PngPage(page, PngWriter.Allocate(page, SKImageInfo.PlatformColorType));
        try
        {
            drawFirst(drawn._canvas);
            return drawn;
        }
        catch
        {
            drawn.Dispose();
            throw;
        }
    }

    /// <summary>Draws the rest of the page over the first stage and writes the PNG with the page's DPI.</summary>
    public void Finish(Action<SKCanvas> drawRest, Stream output)
    {
        drawRest(_canvas);
        _canvas.Flush();
        ExportPhases.Ended("draw");
        PngWriter.Encode(_bitmap, _page.Dpi, output);
        ExportPhases.Ended("encode");
    }

    public void Dispose()
    {
        _canvas.Dispose();
        _bitmap.Dispose();
    }
}
