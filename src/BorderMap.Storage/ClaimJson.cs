namespace BorderMap.Storage;

/// <summary>
/// A claim of a page as the store keeps it ready for answers that copy it through: the UTF-8
/// GeoJSON Feature that <c>GET /api/claims/{id}</c> answers for it (<see cref="ClaimPageJson"/>),
/// written with the claim.
/// </summary>
public sealed record ClaimJson(ReadOnlyMemory<byte> Feature);

/// <summary>One page of claims as their stored features, in the order asked for, and the cursor of the next page (null on the last).</summary>
public sealed record ClaimJsonPage(IReadOnlyList<ClaimJson> Claims, ClaimCursor? Next);
