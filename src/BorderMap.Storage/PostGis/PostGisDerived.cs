using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using NetTopologySuite.Geometries;
using NpgsqlTypes;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The column values the PostGIS store derives from a claim beside those of <see cref="Writes.ClaimRecord"/>:
/// the anchor in Web Mercator (what tiles group and place by, under a GiST index), and the actors
/// as arrays (names as written, for the facet; case-folded keys, for the filter's GIN index), and
/// the claim's period (its dates widened by their precision, <see cref="ClaimPeriod"/>) as a daterange.
/// </summary>
internal static class PostGisDerived
{
    public const int MercatorSrid = 3857;

    private static readonly GeometryFactory Mercator = new(new PrecisionModel(), MercatorSrid);

    /// <summary><see cref="Claim.Anchor"/> in Web Mercator metres, as <see cref="TileAddress"/> computes them.</summary>
    public static Point Anchor(Claim claim) =>
        Mercator.CreatePoint(new Coordinate(TileAddress.MercatorX(claim.Anchor.X), TileAddress.MercatorY(claim.Anchor.Y)));

    /// <summary>Each actor once, as written: a claim counts once per actor it names.</summary>
    public static string[] Actors(ClaimData data) => [.. data.Actors.Distinct(StringComparer.Ordinal)];

    public static string[] ActorKeys(ClaimData data) => [.. data.Actors.Select(ClaimQuery.ActorKey).Distinct(StringComparer.Ordinal)];

    /// <summary>The <c>period</c> column: the days of <see cref="ClaimPeriod.Of(ClaimData)"/>, both ends included.</summary>
    public static NpgsqlRange<DateOnly> Period(ClaimData data)
    {
        var (first, last) = ClaimPeriod.Of(data);
        return new NpgsqlRange<DateOnly>(first, true, last, true);
    }
}
