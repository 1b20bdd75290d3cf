namespace BorderMap.Rendering.Tests;

/// <summary>Every format compared with a reference image, the way a reader sees it.</summary>
public sealed class GoldenImageTests
{
    [Fact]
    public void The_whole_area_as_PNG_matches_its_reference()
    {
        var png = Exports.Render(("format", "png"), ("width", "1200"), ("height", "800"), ("dpi", "96"));
        GoldenImage.AssertMatches("whole-area.png", png);
    }

    [Fact]
    public async Task Badakhshan_as_PDF_on_A4_landscape_matches_its_reference_when_rasterised()
    {
        using var temp = new TempDirectory();
        var pdf = temp.File("badakhshan.pdf");
        await File.WriteAllBytesAsync(pdf, Exports.Render(("format", "pdf"), ("region", "AF-BDS"), ("paper", "A4-landscape"), ("selected", "afghan-soldiers-cross-into-tajikistan")));
        await ReaderTool.Run("pdftoppm", "-r", "100", "-png", "-singlefile", pdf, temp.File("page"));
        GoldenImage.AssertMatches("badakhshan-a4-landscape.png", await File.ReadAllBytesAsync(temp.File("page.png")));
    }

    [Fact]
    public async Task A_filtered_view_as_SVG_with_outlined_text_matches_its_reference_when_rasterised()
    {
        using var temp = new TempDirectory();
        var svg = temp.File("filtered.svg");
        await File.WriteAllBytesAsync(svg, Exports.Render(
            ("format", "svg"), ("width", "1200"), ("height", "800"), ("dpi", "96"), ("outlines", "true"), ("lang", "fa"),
            ("category", "territorial-control,troop-movement"), ("from", "2021-07-01"), ("title", "Taliban advance, July 2021")));
        await ReaderTool.Run("rsvg-convert", "--background-color", "white", "-o", temp.File("filtered.png"), svg);
        GoldenImage.AssertMatches("filtered-outlines.png", await File.ReadAllBytesAsync(temp.File("filtered.png")));
    }
}
