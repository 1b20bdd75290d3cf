using BorderMap.Core.Claims;
using BorderMap.Rendering.Geometry;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Chooses the claims a map shows and where their symbols go. A claim is shown when its anchor
/// falls inside the frame; the selected claim comes first, then the rest by event date, so the
/// numbering reads in time order.
/// </summary>
internal static class ClaimPlacement
{
    /// <summary>
    /// Above this many claims, symbols stay on their anchors: spreading thousands of symbols would
    /// move most of them far from their places and take quadratic time, while overlap then reads as density.
    /// </summary>
    public const int SpreadLimit = 300;

    public static IReadOnlyList<PlacedClaim> Place(IReadOnlyList<Claim> claims, MapTransform transform, string? selectedId)
    {
        var shown = claims
            .Select((claim, order) => (Claim: claim, Order: order, Anchor: transform.ToPage(claim.Anchor.Coordinate)))
            .Where(c => transform.Frame.Contains(c.Anchor))
            .OrderBy(c => c.Claim.Id == selectedId ? 0 : 1)
            .ThenBy(c => c.Claim.Data.EventDate, StringComparer.Ordinal)
            .ThenBy(c => c.Order)
            .ToList();
        var anchors = shown.Select(c => c.Anchor).ToList();
        var symbols = shown.Count <= SpreadLimit ? SymbolSpreader.Spread(anchors) : [.. anchors];
        return [.. shown.Select((c, i) => new PlacedClaim(c.Claim, c.Anchor, symbols[i], c.Claim.Id == selectedId))];
    }
}
