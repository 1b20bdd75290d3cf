using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Tests.Events;

/// <summary>
/// Claims for the event rules, built in code. Every text here is the project's own writing in the
/// style of a news report (constructed), never a copied third-party text.
/// </summary>
internal static class ConstructedClaims
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly Point Khorog = Point(71.55, 37.49);
    public static readonly Point Ishkashim = Point(71.61, 36.71);
    public static readonly Point Kabul = Point(69.17, 34.53);

    public static Point Point(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));

    public static EventMember Member(
        string id,
        string text,
        string source = "src",
        string publisher = "",
        IReadOnlyDictionary<string, double>? numbers = null,
        string date = "2021-07-05",
        string? end = null,
        string precision = "day",
        Geometry? at = null,
        int geoPrecision = 2,
        string category = "troop-movement",
        IReadOnlyList<string>? actors = null,
        string place = "somewhere")
    {
        var now = DateTimeOffset.UnixEpoch;
        var data = new ClaimData(
            id, category, actors ?? [], place, [], [], geoPrecision, date, end, precision, date, source,
            new Quote(text, 0, text.Length), text, null, "reported", numbers ?? new Dictionary<string, double>(), now, now, 1);
        var geometry = at ?? Khorog;
        return new EventMember(new Claim(id, data, geometry, geometry.Centroid), publisher);
    }

    public static Dictionary<string, double> Soldiers(double n) => new() { ["soldiers"] = n };
}
