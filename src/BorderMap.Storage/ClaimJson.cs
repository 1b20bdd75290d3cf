using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage;

/// <summary>
/// A claim of a page as the store holds it, for answers that copy its data through instead of
/// decoding and encoding it again: <see cref="Data"/> is one UTF-8 JSON object with the members of
/// <see cref="ClaimData"/>, camelCase, in their declared order (<see cref="ClaimDataJson"/>), beside
/// the claim's geometry and the anchor its marker is drawn at.
/// </summary>
public sealed record ClaimJson(string Id, ReadOnlyMemory<byte> Data, Geometry Geometry, Point Anchor)
{
    /// <summary>The claim decoded, for the few uses that need its values (a cursor's key, a measured check).</summary>
    public Claim ToClaim() => new(Id, ClaimDataJson.Decode(Data.Span), Geometry, Anchor);
}

/// <summary>One page of claims as stored JSON, in the order asked for, and the cursor of the next page (null on the last).</summary>
public sealed record ClaimJsonPage(IReadOnlyList<ClaimJson> Claims, ClaimCursor? Next);
