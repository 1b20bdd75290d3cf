using System.Globalization;
using BorderMap.Core.Queries;

namespace BorderMap.Rendering.Export;

/// <summary>
/// One validated export: what to draw (frame, claim filter, selection, label language), how to
/// lay it out (page, title) and in which format. Build it with <see cref="ExportRequestParser"/>.
/// The export date is an input, not the clock, so the same request always gives the same file.
/// </summary>
public sealed record ExportRequest
{
    public required ExportFormat Format { get; init; }

    public required PageSpec Page { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>
    /// The claims to show. Its <see cref="ClaimFilter.Region"/> or <see cref="ClaimFilter.BoundingBox"/>
    /// also frames the map; without either the map shows the whole Tajikistan–Afghanistan area.
    /// </summary>
    public required ClaimFilter Filter { get; init; }

    /// <summary>A claim drawn highlighted (ring and geometry) and listed first.</summary>
    public string? SelectedClaimId { get; init; }

    /// <summary>
    /// Write all text as glyph outlines only, for print shops without the fonts: in a PDF instead of
    /// embedded font subsets; in an SVG (whose text is always drawn as outlines) without the invisible
    /// text kept for search.
    /// </summary>
    public bool Outlines { get; init; }

    /// <summary>Area label language: <c>en</c>, <c>local</c> (official-language name) or a key of the areas' names (fa, ps, ru, …).</summary>
    public string LabelLanguage { get; init; } = "en";

    /// <summary>Which text of each quote the panel prints: the original, its English translation, or both (the default).</summary>
    public QuoteLanguage Quotes { get; init; } = QuoteLanguage.Both;

    public required DateOnly Date { get; init; }

    /// <summary>Claims drawn pale, as uncertain: in an animation frame, those dated only to the week or month.</summary>
    public IReadOnlySet<string> UncertainClaimIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The map layers drawn: any of <see cref="ExportRequestParser.LayerNames"/>; all by default, as on screen.</summary>
    public IReadOnlySet<string> Layers { get; init; } = ExportRequestParser.LayerNames.ToHashSet(StringComparer.Ordinal);

    /// <summary>The file name offered for download, e.g. <c>bordermap-AF-BDS-2021-07-05.pdf</c>.</summary>
    public string FileName =>
        $"bordermap-{(Filter.Region is { } region ? region + "-" : string.Empty)}{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{Format.Extension()}";
}
