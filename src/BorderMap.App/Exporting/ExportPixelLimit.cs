using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;

namespace BorderMap.App.Exporting;

/// <summary>
/// Bounds a map export by its pixel area, the width × height the renderer allocates (the dpi is
/// already in it: a paper size at a higher dpi has more pixels). The raster takes about 4 bytes a
/// pixel, so one 20,000 × 20,000 export would hold 1.6 GB. The server, which any reader can ask,
/// draws at most <see cref="Server"/> pixels (A4 at 600 dpi, with room); the command line, run by
/// whoever owns the machine, allows <see cref="CommandLine"/>.
/// </summary>
internal static class ExportPixelLimit
{
    /// <summary>40 megapixels, about 160 MB of raster.</summary>
    public const long Server = 40_000_000;

    /// <summary>200 megapixels, about 800 MB of raster.</summary>
    public const long CommandLine = 200_000_000;

    /// <summary>The problem with <paramref name="request"/>'s size under <paramref name="maxPixels"/>, or null when it fits.</summary>
    public static FieldProblem? Problem(ExportRequest request, long maxPixels, string advice)
    {
        var page = request.Page;
        var pixels = (long)page.PixelWidth * page.PixelHeight;
        if (pixels <= maxPixels)
        {
            return null;
        }

        var field = page.Paper is null ? "width" : "dpi";
        return new FieldProblem(field, string.Create(
            CultureInfo.InvariantCulture,
            $"{page.PixelWidth} × {page.PixelHeight} pixels at {page.Dpi} dpi is {pixels:N0} pixels; the limit here is {maxPixels:N0} pixels (width × height): give fewer pixels or a lower dpi{advice}"));
    }
}
