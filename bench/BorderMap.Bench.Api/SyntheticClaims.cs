using System.Globalization;
using System.Text;
using System.Text.Json;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace BorderMap.Bench.Api;

/// <summary>
/// Writes a geodata directory with the repository's boundaries and sources plus N synthetic point
/// claims spread over Afghanistan, Tajikistan and their neighbours through 2021. Every claim is
/// valid: its quote is a real quote of the seed source, its areas contain its point. Also writes
/// the same claims as flat GeoJSON (claims-flat.geojson) for GDAL to load as the peer.
/// </summary>
internal static class SyntheticClaims
{
    public static int Generate(int count, string output)
    {
        var repository = Repository.GeodataDirectory();
        var data = GeodataLoader.Load(repository);
        CopyDirectory(Path.Combine(repository, "boundaries"), Path.Combine(output, "boundaries"));
        CopyDirectory(Path.Combine(repository, "sources"), Path.Combine(output, "sources"));
        Directory.CreateDirectory(Path.Combine(output, "claims"));

        using var claims = new StreamWriter(Path.Combine(output, "claims", "synthetic.geojson"), false, new UTF8Encoding(false));
        using var flat = new StreamWriter(Path.Combine(output, "claims-flat.geojson"), false, new UTF8Encoding(false));
        claims.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        flat.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        var i = 0;
        foreach (var (id, properties, lon, lat) in Create(count, data))
        {
            var separator = ++i < count ? ",\n" : "\n";
            var point = Point(lon, lat);
            claims.Write($"{Feature(id, properties, point)}{separator}");
            flat.Write($"{{\"type\":\"Feature\",\"geometry\":{point},\"properties\":{{\"id\":\"{id}\",\"category\":\"{properties.Category}\",\"event_date\":\"{properties.EventDate}\",\"title\":\"{properties.Title}\"}}}}{separator}");
        }

        claims.Write("]}\n");
        flat.Write("]}\n");
        Console.WriteLine($"wrote {count} claims to {output}");
        return 0;
    }

    /// <summary>
    /// Writes only the N claims, as the one GeoJSON FeatureCollection that <c>bordermap claims import</c>
    /// and GDAL's <c>ogr2ogr</c> both read (nested properties as the store keeps them). Streamed: a
    /// million claims are about 1.5 GB and never all in memory here.
    /// </summary>
    public static int WriteImportFile(int count, string path)
    {
        var data = GeodataLoader.Load(Repository.GeodataDirectory());
        using var claims = new StreamWriter(path, false, new UTF8Encoding(false));
        claims.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        var i = 0;
        foreach (var (id, properties, lon, lat) in Create(count, data))
        {
            claims.Write(Feature(id, properties, Point(lon, lat)));
            claims.Write(++i < count ? ",\n" : "\n");
        }

        claims.Write("]}\n");
        Console.WriteLine($"wrote {count} claims to {path}");
        return 0;
    }

    /// <summary>The claims, the same for the same count on every run (fixed seed): point claims, each in the area its point lies in, on one day of 2021.</summary>
    public static IEnumerable<(string Id, ClaimData Data, double Lon, double Lat)> Create(int count, BorderMapData data)
    {
        // Prepared outlines: a million point-in-province tests against the detailed boundaries are otherwise most of the run.
        var locator = new STRtree<(Area Area, IPreparedGeometry Outline)>();
        foreach (var area in data.Areas.All.Where(a => a.Kind != AreaKind.River))
        {
            locator.Insert(area.Geometry.EnvelopeInternal, (area, PreparedGeometryFactory.Prepare(area.Geometry)));
        }

        var random = new Random(20210705);
        var seeds = data.Claims;
        var categories = new[] { "troop-movement", "mobilisation", "territorial-control", "military-presence", "diplomatic", "refugees", "statement", "geography" };
        var statuses = new[] { "reported", "corroborated", "disputed" };
        for (var i = 0; i < count; i++)
        {
            var (lon, lat, area) = RandomPlace(random, locator);
            var seed = seeds[random.Next(seeds.Count)].Data;
            var day = new DateOnly(2021, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return ($"synthetic-{i}", seed with
            {
                Title = $"Synthetic claim {i}",
                Category = categories[random.Next(categories.Length)],
                Status = statuses[random.Next(statuses.Length)],
                Refs = [],
                Areas = [area.Id],
                GeoPrecision = 1 + random.Next(4),
                EventDate = day,
                EndDate = null,
                TimePrecision = "day",
            }, lon, lat);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string Point(double lon, double lat) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"coordinates\":[{lon:0.#####},{lat:0.#####}]}}");

    private static string Feature(string id, ClaimData properties, string point) =>
        $"{{\"type\":\"Feature\",\"id\":\"{id}\",\"geometry\":{point},\"properties\":{JsonSerializer.Serialize(properties, JsonOptions)}}}";

    private static (double Lon, double Lat, Area Area) RandomPlace(Random random, STRtree<(Area Area, IPreparedGeometry Outline)> locator)
    {
        var factory = new GeometryFactory();
        while (true)
        {
            var lon = 60 + (random.NextDouble() * 15.5);
            var lat = 29 + (random.NextDouble() * 12.5);
            var point = factory.CreatePoint(new Coordinate(Math.Round(lon, 5), Math.Round(lat, 5)));
            var area = locator.Query(point.EnvelopeInternal).Where(a => a.Outline.Contains(point)).Select(a => a.Area).OrderBy(a => a.Kind).LastOrDefault();
            if (area is not null)
            {
                return (point.X, point.Y, area);
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
