using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Extraction;

/// <summary>
/// A claim the extractor suggests for one sentence, for a researcher to accept, fix or reject. The
/// fields mirror the claim model: <see cref="Refs"/> (region or border references) or
/// <see cref="Geometry"/> (points, for towns and sites), <see cref="Areas"/>, <see cref="GeoPrecision"/>,
/// the quote with code-point offsets, a suggested category with the cue that suggested it, and the
/// numbers stated. <see cref="Mentions"/> lists every place found in the sentence with its candidates; the claim
/// is anchored on the event's place (<see cref="PlaceRoles"/>), the others are <see cref="MentionedOnly"/>.
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
    IReadOnlyList<PlaceMention> Mentions)
{
    /// <summary>Places the sentence names but the claim is not placed at: actors, destinations, places named in passing.</summary>
    public IReadOnlyList<string> MentionedOnly { get; init; } = [];

    /// <summary>The counted quantities with their qualifiers ("more than 1,000 soldiers"); <see cref="Numbers"/> keeps the first value of each.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
}
