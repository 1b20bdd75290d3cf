using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>A researcher's decision on a fuzzy anchor.</summary>
public enum AnchorReview
{
    Accepted,
    Rejected,
}

/// <summary>
/// Where a claim's quote landed when its source got a new version: the claim, the old and the new
/// source, the status (<see cref="AnchorStatus"/>), the quote before and, unless orphaned, the
/// quote in the new text, how alike the two are, and, for a fuzzy anchor, the review once made.
/// Exact and moved anchors move the claim to the new version at once (a claim update in its
/// history); a fuzzy one moves it only when accepted; an orphaned or rejected one leaves it on the
/// old version. Anchors are kept: they are the record of every re-anchoring.
/// </summary>
public sealed record QuoteAnchor(
    string ClaimId,
    string FromSource,
    string ToSource,
    AnchorStatus Status,
    Quote OldQuote,
    Quote? NewQuote,
    double Similarity,
    DateTimeOffset At,
    AnchorReview? Review = null,
    string? ReviewedBy = null,
    DateTimeOffset? ReviewedAt = null)
{
    /// <summary>The largest page of anchors <see cref="IClaimStore.AnchorsAsync"/> answers.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>True while a researcher has yet to accept or reject it.</summary>
    public bool AwaitsReview => Status == AnchorStatus.Fuzzy && Review is null;
}
