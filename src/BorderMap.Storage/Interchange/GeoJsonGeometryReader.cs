using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Reads the simple GeoJSON geometry types straight from a parsed element into WGS84 geometries,
/// keeping X and Y (the store holds nothing else). An import reads one geometry per claim, and
/// this is several times cheaper than re-serialising each element for the NTS converter, which
/// still reads everything else (geometry collections).
/// </summary>
internal static class GeoJsonGeometryReader
{
    private static readonly GeometryFactory Wgs84 = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    /// <exception cref="FormatException">the element is not a well-formed GeoJSON geometry.</exception>
    public static Geometry Read(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("a geometry is an object with a type");
        }

        if (type.GetString() == "GeometryCollection")
        {
            return geometry.Deserialize<Geometry>(ClaimGeoJson.Options) ?? throw new FormatException("the geometry collection is null");
        }

        if (!geometry.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"a {type.GetString()} needs a coordinates array");
        }

        return type.GetString() switch
        {
            "Point" => Wgs84.CreatePoint(Position(c)),
            "MultiPoint" => Wgs84.CreateMultiPoint([.. c.EnumerateArray().Select(p => Wgs84.CreatePoint(Position(p)))]),
            "LineString" => Wgs84.CreateLineString(Positions(c)),
            "MultiLineString" => Wgs84.CreateMultiLineString([.. c.EnumerateArray().Select(l => Wgs84.CreateLineString(Positions(l)))]),
            "Polygon" => Polygon(c),
            "MultiPolygon" => Wgs84.CreateMultiPolygon([.. c.EnumerateArray().Select(Polygon)]),
            var other => throw new FormatException($"'{other}' is not a GeoJSON geometry type"),
        };
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var all = rings.EnumerateArray().Select(r => Wgs84.CreateLinearRing(Positions(r))).ToArray();
        return all.Length == 0 ? Wgs84.CreatePolygon() : Wgs84.CreatePolygon(all[0], all[1..]);
    }

    private static Coordinate[] Positions(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray().Select(Position)] : throw new FormatException("positions must be arrays");

    private static Coordinate Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"{position.GetRawText()} is not a position [longitude, latitude]");
        }

        return new Coordinate(position[0].GetDouble(), position[1].GetDouble());
    }
}
