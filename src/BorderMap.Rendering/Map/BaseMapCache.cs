using BorderMap.Rendering.Export;
using BorderMap.Rendering.Geometry;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The base map (<see cref="BaseMapPainter"/>: background, areas, river) of a series of raster
/// frames that share one frame and extent, as an animation's do, rasterised once and copied into
/// each frame. The copy is drawn exactly as a frame would draw it (same page size, scale and clip on a
/// white page), and copied pixel for pixel, so a frame is identical to one drawn without the cache.
/// A frame with another frame rectangle or extent (a caption that wraps differently) replaces the copy.
/// Thread-safe: frames drawn in parallel share the immutable image. Holds one page-sized image.
/// </summary>
internal sealed class BaseMapCache : IDisposable
{
    private readonly Lock _lock = new();
    private Entry? _entry;

    /// <summary>
    /// Draws the base map onto <paramref name="canvas"/>, a raster page of <paramref name="page"/>
    /// scaled to its pixels on which nothing has been drawn inside the frame yet, and leaves the
    /// canvas clipped to the frame (saved once), as <see cref="BaseMapPainter.PaintClipped"/> does.
    /// </summary>
    public void PaintClipped(SKCanvas canvas, PageSpec page, MapTransform transform, Action<SKCanvas> paint)
    {
        var entry = EntryFor(page, transform, paint);
        using (var copy = new SKPaint { BlendMode = SKBlendMode.Src })
        {
            canvas.Save();
            canvas.ResetMatrix();
            canvas.DrawImage(entry.Image, entry.Pixels, entry.Pixels, new SKSamplingOptions(SKFilterMode.Nearest), copy);
            canvas.Restore();
        }

        canvas.Save();
        canvas.ClipRect(transform.Frame);
    }

    public void Dispose() => _entry?.Image.Dispose();

    private Entry EntryFor(PageSpec page, MapTransform transform, Action<SKCanvas> paint)
    {
        lock (_lock)
        {
            var key = (transform.Frame, transform.LonLat, page.PixelWidth, page.PixelHeight);
            if (_entry is { } cached && cached.Key.Equals(key))
            {
                return cached;
            }

            var pixels = SKRectI.Empty;
            using var bitmap = PngWriter.Rasterise(page, canvas =>
            {
                canvas.Clear(SKColors.White);
                paint(canvas);
                pixels = canvas.DeviceClipBounds;
                canvas.Restore();
            });
            _entry?.Image.Dispose();
            _entry = new Entry(key, SKImage.FromBitmap(bitmap), new SKRect(pixels.Left, pixels.Top, pixels.Right, pixels.Bottom));
            return _entry;
        }
    }

    private sealed record Entry((SKRect Frame, NetTopologySuite.Geometries.Envelope LonLat, int Width, int Height) Key, SKImage Image, SKRect Pixels);
}
