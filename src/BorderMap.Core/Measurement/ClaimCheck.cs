using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Measurement;

/// <summary>A number a claim states about the geography beside the value measured from the boundaries.</summary>
public sealed record ClaimCheck(string Quantity, double Claimed, double Measured, double Difference, string Basis)
{
    /// <summary>
    /// The checks that apply to a claim. Today that is a stated border length (<c>numbers.borderKm</c>)
    /// on a claim drawn as a line: its geodesic length on WGS84 is the measured value.
    /// </summary>
    public static IReadOnlyList<ClaimCheck> For(Claim claim)
    {
        if (!claim.Data.Numbers.TryGetValue("borderKm", out var claimedKm) || claim.Geometry is not ILineal)
        {
            return [];
        }

        var measured = Math.Round(Geodesic.LengthKm(claim.Geometry), 1);
        var basis = claim.Data.Refs.Count > 0
            ? $"geodesic length of {string.Join(" + ", claim.Data.Refs)} in the boundary data"
            : "geodesic length of the claim's line";
        return [new ClaimCheck("borderKm", claimedKm, measured, Math.Round(measured - claimedKm, 1), basis)];
    }
}
