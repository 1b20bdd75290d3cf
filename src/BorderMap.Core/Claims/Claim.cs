using NetTopologySuite.Geometries;

namespace BorderMap.Core.Claims;

/// <summary>
/// A claim ready for display: its stored data, its geometry (given directly or resolved from its
/// references) and the anchor where its marker is drawn.
/// </summary>
public sealed record Claim(string Id, ClaimData Data, Geometry Geometry, Point Anchor);
