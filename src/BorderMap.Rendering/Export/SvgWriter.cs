using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Writes a page as SVG through Skia's SVG canvas, which escapes text content for XML (a quote
/// containing markup stays text). The document is sized in pixels, with the page's points scaled
/// by the DPI as for PNG, so both have the same proportions.
/// </summary>
internal static partial class SvgWriter
{
    public static void Write(PageSpec page, Action<SKCanvas> draw, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(page.PixelWidth, page.PixelHeight), buffer))
        {
            canvas.Scale(page.PixelScale);
            draw(canvas);
        }

        // Disposing the canvas wrote the closing tags. Skia numbers clip paths and other
        // definitions with a process-wide counter, so the same map drawn twice would differ in its
        // ids; they are renumbered from 1 in each document, which makes equal input give equal bytes.
        var svg = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var renumbered = DefinitionId().Replace(svg, match =>
        {
            var id = match.Groups["id"].Value;
            if (!numbers.TryGetValue(id, out var number))
            {
                number = $"{match.Groups["kind"].Value}_{numbers.Count(n => n.Key.StartsWith(match.Groups["kind"].Value + "_", StringComparison.Ordinal)) + 1}";
                numbers[id] = number;
            }

            return match.Groups["before"].Value + number;
        });
        output.Write(Encoding.UTF8.GetBytes(renumbered));
        output.Flush();
    }

    // Where Skia's SVG device writes and refers to definition ids: id="cl_3", url(#cl_1f), href="#cl_3" (hexadecimal).
    [GeneratedRegex(@"(?<before>\bid=""|url\(#|href=""#)(?<id>(?<kind>[A-Za-z]+)_[0-9a-f]+)")]
    private static partial Regex DefinitionId();
}
