using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Extraction;

/// <summary>
/// A claim the extractor suggests for one sentence, for a researcher to accept, fix or reject. The
/// fields mirror the claim model: <see cref="Refs"/> (region or border references) or
/// <see cref="Geometry"/> (points, for towns and sites), <see cref="Areas"/>, <see cref="GeoPrecision"/>,
/// the quote with code-point offsets, a suggested category with the cue that suggested it, and the
/// numbers stated. <see cref="Mentions"/> lists every place found in the sentence with its candidates.
/// </summary>
public sealed record ClaimProposal(
    string? Source,
    string Title,
    string Category,
    string? CategoryCue,
    string Place,
    string PlaceId,
    IReadOnlyList<string> Refs,
    Geometry? Geometry,
    IReadOnlyList<string> Areas,
    int GeoPrecision,
    Quote Quote,
    IReadOnlyDictionary<string, double> Numbers,
    IReadOnlyList<PlaceMention> Mentions);
