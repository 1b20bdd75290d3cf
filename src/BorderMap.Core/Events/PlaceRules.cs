using NetTopologySuite.Geometries;

namespace BorderMap.Core.Events;

/// <summary>
/// Whether two claims' places can be the same: each place is only known to within a radius set by
/// its geo-precision (an exact site to a country), so two places agree when they lie within the
/// larger of the two radii of each other (one contains the other, or they are that close), and
/// contradict when they are further apart.
/// </summary>
public static class PlaceRules
{
    /// <summary>Kilometres one degree of latitude spans; longitude degrees are shorter, so distances are over-, never under-estimated.</summary>
    private const double KmPerDegree = 111.32;

    /// <summary>How far (km) a place of each geo-precision may be from where it is drawn: 1 exact site, 2 town or district, 3 province, 4 country.</summary>
    public static double RadiusKm(int geoPrecision) => geoPrecision switch
    {
        1 => 2,
        2 => 25,
        3 => 100,
        _ => 300,
    };

    /// <summary>The distance between the two geometries in km (0 when one touches or contains the other).</summary>
    public static double DistanceKm(Geometry a, Geometry b) => a.Distance(b) * KmPerDegree;

    public static PairVerdict Compare(Geometry a, int precisionA, Geometry b, int precisionB, string placeA, string placeB)
    {
        var distance = DistanceKm(a, b);
        var radius = Math.Max(RadiusKm(precisionA), RadiusKm(precisionB));
        return distance <= radius
            ? PairVerdict.Agree(distance == 0 ? $"{placeA} and {placeB} overlap" : $"{placeA} and {placeB} are {distance:0} km apart, within {radius:0} km")
            : PairVerdict.Contradict($"{placeA} and {placeB} are {distance:0} km apart, beyond {radius:0} km");
    }
}
