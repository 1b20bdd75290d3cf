using System.Text.RegularExpressions;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Map;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

/// <summary>Colours a reader must be able to tell apart, measured as CIE76 ΔE in CIELAB (about 2.3 is just noticeable).</summary>
public sealed partial class ColourTests
{
    private static readonly RenderStyle Style = RenderStyle.Default;

    [Fact]
    public void In_a_region_export_Afghan_Badakhshan_and_Tajikistan_have_visibly_different_fills()
    {
        var areas = RepositoryData.Data.Areas;
        var roles = new AreaRoles(areas);
        var badakhshan = Style.Area(roles.FillKey(areas.Find("AF-BDS")!));
        foreach (var tajik in new[] { "TJ", "TJ-GB", "TJ-KT" })
        {
            Assert.True(DeltaE(badakhshan, Style.Area(roles.FillKey(areas.Find(tajik)!))) >= 10, tajik);
        }
    }

    [Fact]
    public void A_Badakhshan_export_shows_both_fills_over_large_areas()
    {
        using var png = SKBitmap.Decode(Exports.Render(("format", "png"), ("region", "AF-BDS"), ("width", "1200"), ("height", "800"), ("dpi", "96")));
        var pixels = png.Pixels;
        foreach (var key in new[] { "focusFill", "focusCountryFill" })
        {
            var fill = Style.Area(key);
            var share = (double)pixels.Count(p => p == fill) / pixels.Length;
            Assert.True(share > 0.05, $"{key} {fill} covers {share:P1} of the page");
        }
    }

    [Fact]
    public void The_territorial_control_symbol_stands_out_from_every_choropleth_fill()
    {
        var choropleth = File.ReadAllText(Path.Combine(RepositoryData.GeodataDirectory, "..", "src", "BorderMap.Web", "src", "map", "choropleth.ts"));
        var ramp = HexColour().Matches(Ramp().Match(choropleth).Value).Select(m => SKColor.Parse(m.Value)).ToList();
        Assert.True(ramp.Count >= 5, "the choropleth ramp was not found in choropleth.ts");

        var symbol = Style.CategoryColour("territorial-control");
        Assert.All(ramp, fill => Assert.True(DeltaE(symbol, fill) >= 35, $"{symbol} on {fill}: ΔE {DeltaE(symbol, fill):F0}"));
    }

    internal static double DeltaE(SKColor a, SKColor b)
    {
        var (l1, a1, b1) = Lab(a);
        var (l2, a2, b2) = Lab(b);
        return Math.Sqrt(Math.Pow(l1 - l2, 2) + Math.Pow(a1 - a2, 2) + Math.Pow(b1 - b2, 2));
    }

    // sRGB (D65) to CIELAB.
    private static (double L, double A, double B) Lab(SKColor c)
    {
        static double Linear(byte v) => v / 255.0 is var s && s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
        var (r, g, b) = (Linear(c.Red), Linear(c.Green), Linear(c.Blue));
        var x = F(((0.4124 * r) + (0.3576 * g) + (0.1805 * b)) / 0.95047);
        var y = F((0.2126 * r) + (0.7152 * g) + (0.0722 * b));
        var z = F(((0.0193 * r) + (0.1192 * g) + (0.9505 * b)) / 1.08883);
        return ((116 * y) - 16, 500 * (x - y), 200 * (y - z));
    }

    [GeneratedRegex(@"const RAMP = \[[^\]]*\]")]
    private static partial Regex Ramp();

    [GeneratedRegex("#[0-9a-fA-F]{6}")]
    private static partial Regex HexColour();
}
