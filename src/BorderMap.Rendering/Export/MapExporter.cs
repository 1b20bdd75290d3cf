using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Export;

/// <summary>
/// The renderer's entry point: draws a validated <see cref="ExportRequest"/> as PNG, SVG or PDF.
/// Thread-safe: each export lays out and shapes its text on its own; only the immutable fonts and
/// style are shared.
/// </summary>
public sealed class MapExporter(BorderMapData data, ClaimIndex index)
{
    public void Export(ExportRequest request, Stream output)
    {
        var mode = request.Outlines ? TextMode.Outlines : request.Format == ExportFormat.Svg ? TextMode.GlyphsExceptRightToLeft : TextMode.Glyphs;
        using var composer = new MapComposer(request, data, index, mode);
        switch (request.Format)
        {
            case ExportFormat.Png:
                PngWriter.Write(request.Page, composer.Draw, output);
                break;
            case ExportFormat.Svg:
                SvgWriter.Write(request.Page, composer.Draw, output);
                break;
            case ExportFormat.Pdf:
                PdfWriter.Write(request.Page, request.Title, request.Date, composer.Draw, output);
                break;
        }
    }
}
