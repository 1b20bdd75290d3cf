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

    public static IReadOnlyList<PlacedClaim> Place(IReadOnlyList<ClaimMark> claims, MapTransform transform, ClaimRanking ranking, string? selectedId)
    {
        var inFrame = new List<PlacedClaim>(claims.Count);
        foreach (var claim in claims)
        {
            var anchor = transform.ToPage(claim.Anchor);
            if (transform.Frame.Contains(anchor))
            {
                inFrame.Add(new PlacedClaim(claim, anchor, anchor, claim.Id == selectedId));
            }
        }

        var shown = ranking.Order(inFrame, c => c.Mark);
        if (shown.Length > SpreadLimit)
        {
            return shown;
        }

        var anchors = new SKPoint[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            anchors[i] = shown[i].Anchor;
        }

        var symbols = SymbolSpreader.Spread(anchors);
        for (var i = 0; i < shown.Length; i++)
        {
            shown[i] = shown[i] with { Symbol = symbols[i] };
        }

        return shown;
    }
}
