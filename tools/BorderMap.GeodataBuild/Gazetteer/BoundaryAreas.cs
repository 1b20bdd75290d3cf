using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Distance;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>One country or province of the project's own boundary files, with its names by language.</summary>
internal sealed record BoundaryArea(string Id, string Country, string Name, IReadOnlyList<(string Language, string Name)> Names, Geometry Geometry);

/// <summary>
/// The boundaries the gazetteer builds on (geodata/boundaries, written by the boundary build):
/// the countries and the Afghan and Tajik provinces, used for their names, their representative
/// points, to map GeoNames admin-1 codes onto ISO 3166-2 ids, and to measure distance from
/// Afghanistan and Tajikistan.
/// </summary>
internal sealed class BoundaryAreas
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    private readonly Geometry _focus;
    private readonly Envelope _focusEnvelope;

    private BoundaryAreas(IReadOnlyList<BoundaryArea> countries, IReadOnlyList<BoundaryArea> provinces)
    {
        Countries = countries;
        Provinces = provinces;
        _focus = countries.Where(c => c.Id is "AF" or "TJ").Select(c => c.Geometry).Aggregate((a, b) => a.Union(b));
        _focusEnvelope = _focus.EnvelopeInternal;
    }

    public IReadOnlyList<BoundaryArea> Countries { get; }

    public IReadOnlyList<BoundaryArea> Provinces { get; }

    public static BoundaryAreas Load(string geodataDirectory) =>
        new(Read(Path.Combine(geodataDirectory, "boundaries", "countries.geojson")), Read(Path.Combine(geodataDirectory, "boundaries", "provinces.geojson")));

    /// <summary>The province containing a point, or null (outside Afghanistan and Tajikistan, or in a sliver the simplified outlines miss).</summary>
    public BoundaryArea? ProvinceAt(double lat, double lon)
    {
        var point = new Point(lon, lat);
        return Provinces.FirstOrDefault(p => p.Geometry.EnvelopeInternal.Contains(point.Coordinate) && p.Geometry.Contains(point));
    }

    /// <summary>Whether a point lies within <paramref name="km"/> of Afghanistan or Tajikistan.</summary>
    public bool IsNearFocus(double lat, double lon, double km)
    {
        // A degree of latitude is 111 km and one of longitude at least 75 km here; the box test skips the exact distance for far points.
        var margin = km / 75;
        if (lon < _focusEnvelope.MinX - margin || lon > _focusEnvelope.MaxX + margin || lat < _focusEnvelope.MinY - margin || lat > _focusEnvelope.MaxY + margin)
        {
            return false;
        }

        var nearest = DistanceOp.NearestPoints(_focus, new Point(lon, lat))[0];
        return Coordinate.DistanceKm(lat, lon, nearest.Y, nearest.X) <= km;
    }

    private static List<BoundaryArea> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeodataBuildException($"{path} is missing; build the boundaries first (the gazetteer reads them).");
        }

        var collection = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), Options)
            ?? throw new GeodataBuildException($"{path} is not a FeatureCollection.");
        return [.. collection.Select(f =>
        {
            var names = (IAttributesTable)f.Attributes["names"];
            return new BoundaryArea(
                (string)f.Attributes["id"],
                (string)f.Attributes["country"],
                (string)f.Attributes["name"],
                [.. names.GetNames().Select(language => (language, (string)names[language]))],
                f.Geometry);
        })];
    }
}
