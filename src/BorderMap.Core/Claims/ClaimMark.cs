using NetTopologySuite.Geometries;

namespace BorderMap.Core.Claims;

/// <summary>
/// What a map needs of a claim to draw, rank and count its marker: where its anchor is, its
/// category and status, its event date and areas (for the ranking) and its source (for the
/// panel's source keys). A store reads it without the claim's text, so an export of thousands of
/// claims decodes the quotes only of the few the panel lists.
/// </summary>
public sealed record ClaimMark(string Id, string Category, string Status, string EventDate, IReadOnlyList<string> Areas, string Source, Coordinate Anchor)
{
    public static ClaimMark Of(Claim claim) =>
        new(claim.Id, claim.Data.Category, claim.Data.Status, claim.Data.EventDate, claim.Data.Areas, claim.Data.Source, claim.Anchor.Coordinate);
}
