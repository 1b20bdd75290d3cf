using BorderMap.Rendering.Export;
using SkiaSharp;

namespace BorderMap.Rendering.Layout;

/// <summary>
/// Divides the page: the title on top, the footer at the bottom, and between them the map with the
/// quote panel beside it on landscape pages or below it on portrait ones.
/// </summary>
internal sealed record PageLayout(SKRect Header, SKRect Map, SKRect Panel, SKRect Footer, int PanelColumns)
{
    private const float Gap = 10;

    /// <summary>The page margin: wider on larger pages, within 14–36 points.</summary>
    public static float Margin(PageSpec page) => Math.Clamp(Math.Min(page.Width, page.Height) * 0.035f, 14, 36);

    public static PageLayout Compute(PageSpec page, float headerHeight, float footerHeight)
    {
        var margin = Margin(page);
        var header = new SKRect(margin, margin, page.Width - margin, margin + headerHeight);
        var footer = new SKRect(margin, page.Height - margin - footerHeight, page.Width - margin, page.Height - margin);
        var body = new SKRect(margin, header.Bottom + Gap, page.Width - margin, footer.Top - Gap);
        if (page.IsLandscape)
        {
            var panelWidth = Math.Clamp(body.Width * 0.3f, 120, 320);
            return new PageLayout(
                header,
                new SKRect(body.Left, body.Top, body.Right - panelWidth - Gap, body.Bottom),
                new SKRect(body.Right - panelWidth, body.Top, body.Right, body.Bottom),
                footer,
                1);
        }

        var panelHeight = body.Height * 0.32f;
        return new PageLayout(
            header,
            new SKRect(body.Left, body.Top, body.Right, body.Bottom - panelHeight - Gap),
            new SKRect(body.Left, body.Bottom - panelHeight, body.Right, body.Bottom),
            footer,
            body.Width >= 380 ? 2 : 1);
    }
}
