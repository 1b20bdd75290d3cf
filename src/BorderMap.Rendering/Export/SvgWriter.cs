using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Writes a page as SVG through Skia's SVG canvas, which escapes text content for XML (a quote
/// containing markup stays text). The document is sized in pixels, with the page's points scaled
/// by the DPI as for PNG, so both have the same proportions, and a viewBox of the same size so it
/// scales. Its text is drawn as outlines with invisible text over them (<see cref="Text.TextMode"/>).
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
        svg = WithViewBox(svg, page);

        // Every text element is the invisible copy of text drawn as outlines (TextMode.OutlinesWithHiddenText).
        // Skia writes no fill opacity for text, so it is made transparent here.
        svg = svg.Replace("<text ", "<text fill-opacity=\"0\" ", StringComparison.Ordinal);
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

    /// <summary>
    /// Adds a viewBox to the root element, which Skia leaves out: without it a viewer or a slide
    /// program told to scale the drawing crops it instead.
    /// </summary>
    private static string WithViewBox(string svg, PageSpec page)
    {
        var root = svg.IndexOf("<svg", StringComparison.Ordinal);
        var viewBox = string.Create(System.Globalization.CultureInfo.InvariantCulture, $" viewBox=\"0 0 {page.PixelWidth} {page.PixelHeight}\"");
        return root < 0 ? svg : svg.Insert(root + "<svg".Length, viewBox);
    }

    // Where Skia's SVG device writes and refers to definition ids: id="cl_3", url(#cl_1f), href="#cl_3" (hexadecimal).
    [GeneratedRegex(@"(?<before>\bid=""|url\(#|href=""#)(?<id>(?<kind>[A-Za-z]+)_[0-9a-f]+)")]
    private static partial Regex DefinitionId();
}
