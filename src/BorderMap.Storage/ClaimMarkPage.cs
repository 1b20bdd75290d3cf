using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>One page of claims as the marks a map draws, in creation order, and the cursor of the next page (null on the last).</summary>
public sealed record ClaimMarkPage(IReadOnlyList<ClaimMark> Claims, ClaimCursor? Next);
