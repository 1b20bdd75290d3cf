using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;
using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Furniture;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Rendering.Tests;

public sealed class FormatTests
{
    private static readonly (string, string)[] SmallPng = [("format", "png"), ("width", "600"), ("height", "400"), ("dpi", "72")];

    [Fact]
    public void The_same_request_gives_byte_identical_PNG_and_SVG()
    {
        Assert.Equal(Exports.Render(SmallPng), Exports.Render(SmallPng));
        (string, string)[] svg = [("format", "svg"), ("region", "AF-TAK"), ("lang", "ps")];
        Assert.Equal(Exports.Render(svg), Exports.Render(svg));
    }

    [Fact]
    public void A_PNG_stores_its_DPI_and_has_the_requested_size()
    {
        var png = Exports.Render(("format", "png"), ("width", "900"), ("height", "600"), ("dpi", "300"));
        Assert.Equal((900, 600), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        var phys = png.AsSpan().IndexOf("pHYs"u8);
        Assert.True(phys > 0 && phys < png.AsSpan().IndexOf("IDAT"u8), "pHYs must come before the image data");
        var pixelsPerMetre = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(phys + 4));
        Assert.Equal(11811u, pixelsPerMetre); // 300 dpi
        Assert.Equal(1, png[phys + 12]); // unit: metre
    }

    [Fact]
    public void A_paper_preset_at_a_DPI_gives_the_matching_pixel_size()
    {
        var png = Exports.Render(("format", "png"), ("paper", "A4-portrait"), ("dpi", "100"));
        Assert.Equal((827, 1169), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public async Task The_PDF_is_A4_landscape_with_embedded_fonts_and_its_text_shows_the_title_and_quotes()
    {
        using var temp = new TempDirectory();
        var pdf = temp.File("bds.pdf");
        // Original quotes only, so every quote of the region fits on the page.
        await File.WriteAllBytesAsync(pdf, Exports.Render(("format", "pdf"), ("region", "AF-BDS"), ("paper", "A4-landscape"), ("title", "Badakhshan briefing"), ("quotes", "original")));

        var info = await ReaderTool.Run("pdfinfo", pdf);
        Assert.Contains("pts (A4)", info, StringComparison.Ordinal);
        var fonts = await ReaderTool.Run("pdffonts", pdf);
        Assert.Contains("NotoSans-Bold", fonts, StringComparison.Ordinal);
        var fontRows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(fontRows);
        Assert.All(fontRows, row => Assert.Equal("yes", row[^5])); // the "emb" column

        // Vector throughout: the claim symbols a PNG stamps from sprites are paths here.
        var images = await ReaderTool.Run("pdfimages", "-list", pdf);
        Assert.Empty(images.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2));

        var text = Normalise(await ReaderTool.Run("pdftotext", pdf, "-"));
        Assert.Contains("Badakhshan briefing", text, StringComparison.Ordinal);
        var inBadakhshan = new ClaimIndex(RepositoryData.Data.Claims, RepositoryData.Data.Areas).Query(new ClaimFilter { Region = "AF-BDS" });
        Assert.NotEmpty(inBadakhshan);
        foreach (var claim in inBadakhshan)
        {
            // Quotes wrap over lines and the panel sits beside the map, so compare the words in order,
            // as printed: in quote marks, a quote's own marks made single.
            Assert.Contains(Normalise(QuoteEntry.Quoted(claim.Data.Quote.Text)), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_SVG_is_well_formed_XML_and_a_quote_with_markup_stays_text()
    {
        var hostile = "<script>alert('x')</script> & \"quoted\" ]]> <!-- not a comment -->";
        var data = WithInjectedQuote(hostile);
        var request = Exports.Request(data, ("format", "svg"), ("region", "AF-BDS"), ("paper", "A3-portrait"));
        var svg = Encoding.UTF8.GetString(Exports.Render(data, new ClaimIndex(data.Claims, data.Areas), request));

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Empty(document.Descendants(ns + "script"));
        var texts = document.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.Contains("<script>alert('x')</script>", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", svg.Replace("&lt;script", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void With_outlines_the_SVG_has_no_text_elements_and_without_them_Persian_labels_are_still_outlined()
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        var outlined = XDocument.Parse(Encoding.UTF8.GetString(Exports.Render(("format", "svg"), ("outlines", "true"), ("paper", "Letter-landscape"))));
        Assert.Empty(outlined.Descendants(ns + "text"));

        var persian = XDocument.Parse(Encoding.UTF8.GetString(Exports.Render(("format", "svg"), ("lang", "fa"), ("paper", "Letter-landscape"))));
        var texts = persian.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.Contains("Tajikistan–Afghanistan border", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF'));
    }

    private static BorderMapData WithInjectedQuote(string quote)
    {
        var data = RepositoryData.Data;
        var template = data.FindClaim("afghan-soldiers-cross-into-tajikistan")!;
        var injected = template with { Id = "injected-markup", Data = template.Data with { Title = "Injected <b>title</b>", Quote = new Quote(quote, 0, quote.Length) } };
        return new BorderMapData(data.Areas, data.Sources, [injected, .. data.Claims]);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
