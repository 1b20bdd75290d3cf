using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Text;
using BorderMap.Rendering.Furniture;

namespace BorderMap.Rendering.Export;

/// <summary>
/// The renderer's entry point: draws a validated <see cref="ExportRequest"/> as PNG, SVG or PDF.
/// It queries nothing: the caller hands it the claims that meet the request's filter (from the
/// claim store) and the sources they quote; or, in two steps, the claims' marks (<see cref="Plan"/>)
/// and then the whole claims of those the quote panel may list (<see cref="MapPlan.Export"/>). Thread-safe: each export lays out and shapes its text
/// on its own; only the immutable fonts, style, boundaries and sources are shared.
/// </summary>
public sealed class MapExporter(AreaCatalog areas, TownCatalog towns, IReadOnlyList<Source> sources)
{
    /// <summary>
    /// Loads the typefaces every export draws with (and Skia with them), which the first export
    /// otherwise loads itself: a command can do it on another core while it reads its data.
    /// </summary>
    public static void LoadFonts() => _ = FontSet.Default;

    /// <summary>
    /// Draws the map with <paramref name="claims"/>, the claims that meet <see cref="ExportRequest.Filter"/>
    /// in creation order, and returns the labels it placed on the map.
    /// </summary>
    /// <param name="events">the events the claims belong to, numbered and listed with all their sources in the quote panel.</param>
    public IReadOnlyList<PlacedLabel> Export(ExportRequest request, IReadOnlyList<Claim> claims, Stream output, IReadOnlyList<ExportEvent>? events = null)
    {
        using var plan = Plan(request, [.. claims.Select(ClaimMark.Of)]);
        return plan.Export(claims.ToDictionary(c => c.Id, StringComparer.Ordinal), output, events);
    }

    /// <summary>
    /// Lays the map out from <paramref name="marks"/>, the marks of the claims that meet
    /// <see cref="ExportRequest.Filter"/> in creation order; the plan names the claims whose quotes
    /// the panel may list, which the caller reads whole from the store before drawing.
    /// </summary>
    public MapPlan Plan(ExportRequest request, IReadOnlyList<ClaimMark> marks)
    {
        var mode = request.Outlines ? TextMode.Outlines : request.Format == ExportFormat.Svg ? TextMode.OutlinesWithHiddenText : TextMode.Glyphs;
        return new MapPlan(request, new MapComposer(request, areas, towns, sources, marks, mode, raster: request.Format == ExportFormat.Png));
    }
}
