namespace BorderMap.Rendering.Export;

/// <summary>
/// The page of an export. Layout happens in points (1/72 inch), so type and symbols have their
/// printed size at any resolution; raster and SVG output has <see cref="PixelWidth"/> ×
/// <see cref="PixelHeight"/> pixels at <see cref="Dpi"/>, and PDF pages are the points themselves.
/// </summary>
public sealed record PageSpec(float Width, float Height, int Dpi, int PixelWidth, int PixelHeight, string? Paper)
{
    /// <summary>Pixels per point.</summary>
    public float PixelScale => Dpi / 72f;

    public bool IsLandscape => Width >= Height;
}
