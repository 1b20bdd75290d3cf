using System.Text;
using System.Xml.Linq;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

/// <summary>An SVG export looks the same on a machine without its fonts, and scales: a reader's viewer with only its own fonts.</summary>
public sealed class SvgWithoutFontsTests
{
    [Fact]
    public async Task Rendered_without_any_font_installed_the_SVG_looks_as_with_the_fonts_and_its_text_stays_on_the_page()
    {
        using var temp = new TempDirectory();
        var svg = temp.File("map.svg");
        var bytes = Exports.Render(("format", "svg"), ("width", "1200"), ("height", "800"), ("dpi", "96"));
        await File.WriteAllBytesAsync(svg, bytes);
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal("0 0 1200 800", document.Root!.Attribute("viewBox")?.Value);
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("Claims and their sources", StringComparison.Ordinal));

        // A fontconfig that knows one empty font directory: no font at all, as fc-list confirms.
        Directory.CreateDirectory(temp.File("no-fonts"));
        await File.WriteAllTextAsync(temp.File("fonts.conf"), $"<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><dir>{temp.File("no-fonts")}</dir><cachedir>{temp.File("cache")}</cachedir></fontconfig>");
        var noFonts = "FONTCONFIG_FILE=" + temp.File("fonts.conf");
        Assert.Equal(string.Empty, (await ReaderTool.Run("env", noFonts, "fc-list")).Trim());

        await ReaderTool.Run("rsvg-convert", "--background-color", "white", "-o", temp.File("with-fonts.png"), svg);
        await ReaderTool.Run("env", noFonts, "rsvg-convert", "--background-color", "white", "-o", temp.File("without-fonts.png"), svg);
        using var withFonts = SKBitmap.Decode(temp.File("with-fonts.png"));
        using var withoutFonts = SKBitmap.Decode(temp.File("without-fonts.png"));

        Assert.Equal(InkBounds(withFonts), InkBounds(withoutFonts));
        Assert.True(DifferingShare(withFonts, withoutFonts) < 0.001, $"{DifferingShare(withFonts, withoutFonts):P2} of the pixels differ without the fonts");
    }

    // The box of every pixel that is not the white page.
    private static SKRectI InkBounds(SKBitmap image)
    {
        var (left, top, right, bottom) = (image.Width, image.Height, -1, -1);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var c = image.GetPixel(x, y);
                if (c.Red < 245 || c.Green < 245 || c.Blue < 245)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        return new SKRectI(left, top, right, bottom);
    }

    private static double DifferingShare(SKBitmap a, SKBitmap b)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var differing = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                differing += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 24 ? 1 : 0;
            }
        }

        return (double)differing / (a.Width * a.Height);
    }
}
