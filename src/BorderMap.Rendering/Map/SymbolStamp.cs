using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// One claim symbol as a marker layer puts it down many times. On a vector page it draws the
/// symbol's paths at each place. On a raster page (<c>raster</c>, a canvas that only scales and
/// translates) it rasterises the symbol once for each of
/// <see cref="Steps"/> × <see cref="Steps"/> sub-pixel positions and copies that sprite onto the
/// page at the nearest one: a map's thousands of symbols are blended as small images instead of
/// each being filled and stroked with anti-aliasing (46 % of a warm PNG export's drawing before).
/// The sprite holds the same fill-then-halo drawing blended onto transparency, so a stamped symbol
/// differs from a drawn one only by rounding and by at most 1/8 pixel of position.
/// </summary>
internal sealed class SymbolStamp(ClaimSymbol symbol, bool raster) : IDisposable
{
    /// <summary>Sub-pixel positions per axis: quarter pixels, a position error of at most 1/8 pixel.</summary>
    private const int Steps = 4;

    private readonly SKImage?[] _sprites = new SKImage?[Steps * Steps];
    private SKSize _scale;
    private int _margin;

    public void Draw(SKCanvas canvas, SKPoint centre)
    {
        var matrix = canvas.TotalMatrix;
        var scale = new SKSize(matrix.ScaleX, matrix.ScaleY);
        if (!raster || !ScalesAndTranslates(matrix) || (_scale != SKSize.Empty && scale != _scale))
        {
            // A rotated or otherwise reshaped canvas, or sprites made at another scale: draw the paths.
            symbol.Draw(canvas, centre);
            return;
        }

        var (x, stepX) = Snap((matrix.ScaleX * centre.X) + matrix.TransX);
        var (y, stepY) = Snap((matrix.ScaleY * centre.Y) + matrix.TransY);
        var sprite = Sprite(stepX, stepY, scale);
        canvas.Save();
        canvas.ResetMatrix();
        canvas.DrawImage(sprite, x - _margin, y - _margin);
        canvas.Restore();
    }

    public void Dispose()
    {
        foreach (var sprite in _sprites)
        {
            sprite?.Dispose();
        }

        symbol.Dispose();
    }

    private static bool ScalesAndTranslates(SKMatrix m) => m.SkewX == 0 && m.SkewY == 0 && m.Persp0 == 0 && m.Persp1 == 0 && m.Persp2 == 1;

    /// <summary>A device coordinate as its whole pixel and the nearest sub-pixel step within it.</summary>
    private static (int Pixel, int Step) Snap(float device)
    {
        var pixel = (int)MathF.Floor(device);
        var step = (int)MathF.Round((device - pixel) * Steps);
        return step == Steps ? (pixel + 1, 0) : (pixel, step);
    }

    /// <summary>The symbol drawn with its centre <paramref name="stepX"/>, <paramref name="stepY"/> steps past pixel (<see cref="_margin"/>, <see cref="_margin"/>).</summary>
    private SKImage Sprite(int stepX, int stepY, SKSize scale)
    {
        ref var sprite = ref _sprites[(stepY * Steps) + stepX];
        if (sprite is not null)
        {
            return sprite;
        }

        if (_scale == SKSize.Empty)
        {
            // One pixel beyond the symbol's reach for the anti-aliased edge.
            var bounds = symbol.Bounds;
            _scale = scale;
            _margin = (int)MathF.Ceiling(Math.Max(Math.Max(-bounds.Left, bounds.Right) * scale.Width, Math.Max(-bounds.Top, bounds.Bottom) * scale.Height)) + 1;
        }

        var side = (2 * _margin) + 1;
        using var bitmap = new SKBitmap(new SKImageInfo(side, side, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Translate(_margin + ((float)stepX / Steps), _margin + ((float)stepY / Steps));
            canvas.Scale(scale.Width, scale.Height);
            symbol.Draw(canvas, SKPoint.Empty);
        }

        bitmap.SetImmutable();
        sprite = SKImage.FromBitmap(bitmap);
        return sprite;
    }
}
