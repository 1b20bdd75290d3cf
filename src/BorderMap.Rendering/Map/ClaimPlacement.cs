using BorderMap.Core.Claims;
using BorderMap.Rendering.Geometry;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Chooses the claims a map shows and where their symbols go. A claim is shown when its anchor
/// falls inside the frame; they come in <see cref="ClaimRanking"/>'s order, which the numbers follow.
/// </summary>
internal static class ClaimPlacement
{
    /// <summary>
    /// Above this many claims, symbols stay on their anchors: spreading thousands of symbols would
    /// move most of them far from their places and take quadratic time, while overlap then reads as density.
    /// </summary>
    public const int SpreadLimit = 300;

    public static IReadOnlyList<PlacedClaim> Place(IReadOnlyList<Claim> claims, MapTransform transform, ClaimRanking ranking, string? selectedId)
    {
        var inFrame = claims
            .Select((claim, order) => (Claim: claim, Order: order, Anchor: transform.ToPage(claim.Anchor.Coordinate)))
            .Where(c => transform.Frame.Contains(c.Anchor));
        var shown = ranking.Order(inFrame, c => c.Claim, c => c.Order).ToList();
        var anchors = shown.Select(c => c.Anchor).ToList();
        var symbols = shown.Count <= SpreadLimit ? SymbolSpreader.Spread(anchors) : [.. anchors];
        return [.. shown.Select((c, i) => new PlacedClaim(c.Claim, c.Anchor, symbols[i], c.Claim.Id == selectedId))];
    }
}
