using System.Globalization;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>Coordinate helpers shared by the gazetteer inputs: parsing, rounding and great-circle distance.</summary>
internal static class Coordinate
{
    private const double EarthRadiusKm = 6371.0088;

    public static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Five decimals (about 1 m), as in the boundary files, so outputs are stable across runs.</summary>
    public static double Round(double degrees) => Math.Round(degrees, 5, MidpointRounding.AwayFromZero);

    public static string Format(double degrees) => Round(degrees).ToString("0.#####", CultureInfo.InvariantCulture);

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double d) => d * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
