using NetTopologySuite.Geometries;

namespace BorderMap.Core.Measurement;

/// <summary>
/// Lengths and areas on the WGS84 ellipsoid. Distances use Vincenty's inverse formula (sub-millimetre
/// on the ellipsoid, converging for all but near-antipodal points, which never occur within one
/// region). Areas map latitudes to authalic latitudes, which makes the sphere of radius
/// <c>R_q</c> equal-area to the ellipsoid, so the result is exact for edges along meridians and
/// parallels and within about 0.1 % for the simplified boundaries drawn here.
/// </summary>
public static class Geodesic
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;
    private const double B = A * (1 - F);
    private static readonly double E = Math.Sqrt(F * (2 - F));
    private static readonly double QPole = Q(Math.PI / 2);
    private static readonly double AuthalicRadius = A * Math.Sqrt(QPole / 2);

    /// <summary>Distance in metres between two lon/lat coordinates.</summary>
    public static double Distance(Coordinate p, Coordinate q)
    {
        var l = DegToRad(q.X - p.X);
        var u1 = Math.Atan((1 - F) * Math.Tan(DegToRad(p.Y)));
        var u2 = Math.Atan((1 - F) * Math.Tan(DegToRad(q.Y)));
        var (sinU1, cosU1) = Math.SinCos(u1);
        var (sinU2, cosU2) = Math.SinCos(u2);

        var lambda = l;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (sinLambda, cosLambda) = Math.SinCos(lambda);
            var sinSigma = Math.Sqrt(Square(cosU2 * sinLambda) + Square((cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda)));
            if (sinSigma == 0)
            {
                return 0;
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cosSqAlpha = 1 - (sinAlpha * sinAlpha);
            var cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cosSqAlpha);
            var c = F / 16 * cosSqAlpha * (4 + (F * (4 - (3 * cosSqAlpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * F * sinAlpha * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-12)
            {
                var uSq = cosSqAlpha * ((A * A) - (B * B)) / (B * B);
                var bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
                var bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
                var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM))) - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
                return B * bigA * (sigma - deltaSigma);
            }
        }

        throw new ArithmeticException("Vincenty's formula did not converge (near-antipodal points).");
    }

    /// <summary>Length in kilometres of every line in a lineal geometry, or of the rings of a polygonal one.</summary>
    public static double LengthKm(Geometry geometry)
    {
        var metres = 0.0;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var part = geometry.GetGeometryN(i);
            var coordinates = part is Polygon polygon ? polygon.Boundary.Coordinates : part.Coordinates;
            for (var j = 1; j < coordinates.Length; j++)
            {
                metres += Distance(coordinates[j - 1], coordinates[j]);
            }
        }

        return metres / 1000;
    }

    /// <summary>Area in square kilometres of a polygonal lon/lat geometry.</summary>
    public static double AreaKm2(Geometry geometry)
    {
        var squareMetres = 0.0;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            squareMetres += Math.Abs(RingArea(polygon.ExteriorRing.Coordinates));
            foreach (var hole in polygon.InteriorRings)
            {
                squareMetres -= Math.Abs(RingArea(hole.Coordinates));
            }
        }

        return squareMetres / 1e6;
    }

    // Signed ring area on the authalic sphere: sum of Δλ·(sin β1 + sin β2)/2 over the edges.
    private static double RingArea(Coordinate[] ring)
    {
        var sum = 0.0;
        for (var i = 1; i < ring.Length; i++)
        {
            var p = ring[i - 1];
            var q = ring[i];
            sum += DegToRad(q.X - p.X) * (SinAuthalic(p.Y) + SinAuthalic(q.Y));
        }

        return sum * AuthalicRadius * AuthalicRadius / 2;
    }

    private static double SinAuthalic(double latitudeDegrees) => Q(DegToRad(latitudeDegrees)) / QPole;

    // The authalic function q(φ) of Snyder, Map Projections: A Working Manual (1987), eq. 3-12.
    private static double Q(double latitude)
    {
        var sin = Math.Sin(latitude);
        var eSin = E * sin;
        return (1 - (E * E)) * ((sin / (1 - (eSin * eSin))) - (1 / (2 * E) * Math.Log((1 - eSin) / (1 + eSin))));
    }

    private static double DegToRad(double degrees) => degrees * Math.PI / 180;

    private static double Square(double x) => x * x;
}
