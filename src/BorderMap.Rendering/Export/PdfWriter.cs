using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Writes a one-page vector PDF with subsets of the shipped fonts embedded. The document dates are
/// the export date, not the clock.
/// </summary>
internal static class PdfWriter
{
    public static void Write(PageSpec page, string title, DateOnly date, Action<SKCanvas> draw, Stream output)
    {
        var timestamp = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "BorderMap",
            Producer = "BorderMap (SkiaSharp)",
            Creation = timestamp,
            Modified = timestamp,
            RasterDpi = page.Dpi,
        };
        using var document = SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("Skia could not start a PDF document.");
        var canvas = document.BeginPage(page.Width, page.Height);
        draw(canvas);
        document.EndPage();
        document.Close();
    }
}
