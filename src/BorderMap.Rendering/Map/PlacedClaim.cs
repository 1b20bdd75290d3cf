using BorderMap.Core.Claims;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// A claim as drawn: its anchor on the page, where its symbol sits (moved off the anchor when
/// symbols would overlap), and its number when its quote is listed in the panel.
/// </summary>
internal sealed record PlacedClaim(ClaimMark Mark, SKPoint Anchor, SKPoint Symbol, bool Selected)
{
    public int? Number { get; init; }
}
