using BorderMap.Core.Claims;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// An exported PNG's page, title and base map are drawn on another thread while the quoted claims
/// are read and the labels placed (<see cref="MapPlan"/>): the file is byte for byte the one drawn
/// in one go on one thread, on a page with a selected claim, a full quote panel and every layer.
/// </summary>
public sealed class TwoStagePngTests
{
    [Theory]
    [InlineData("A4-landscape", null)]
    [InlineData("A3-portrait", "AF-BDS")]
    public void A_png_whose_base_map_is_drawn_beside_its_layout_is_the_png_drawn_in_one_go(string paper, string? region)
    {
        var data = RepositoryData.Data;
        var request = Exports.Request(data, [("format", "png"), ("paper", paper), ("dpi", "96"), ("selected", "afghan-soldiers-cross-into-tajikistan"), .. region is null ? [] : new[] { ("region", region) }]);
        IReadOnlyList<Claim> claims = data.Claims;
        var quoted = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var exporter = new MapExporter(data.Areas, TownCatalogTests.Shared.Value, data.Sources);

        using var oneGo = new MemoryStream();
        using (var composer = new MapComposer(request, data.Areas, TownCatalogTests.Shared.Value, data.Sources, [.. claims.Select(ClaimMark.Of)], TextMode.Glyphs, raster: true))
        {
            composer.Quote(quoted);
            PngWriter.Write(request.Page, composer.Draw, oneGo);
        }

        using var twoStages = new MemoryStream();
        using (var plan = exporter.Plan(request, [.. claims.Select(ClaimMark.Of)]))
        {
            plan.Export(quoted, twoStages);
        }

        Assert.True(oneGo.Length > 10_000);
        Assert.Equal(oneGo.ToArray(), twoStages.ToArray());
    }
}
