using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;
using BorderMap.Core.Sources;

namespace BorderMap.Core.Geodata;

/// <summary>
/// Loads a geodata directory: <c>boundaries/{countries,provinces,rivers}.geojson</c>, the measurement
/// references in <c>references/measurements.json</c>,
/// <c>sources/*.json</c> with their texts, and <c>claims/*.geojson</c>. Any problem raises a
/// <see cref="GeodataException"/> naming the file (relative to the directory) and position.
/// </summary>
public static class GeodataLoader
{
    private static readonly (string Id, string Title)[] BoundaryLayers =
    [
        ("countries", "Countries"),
        ("provinces", "Provinces and regions"),
        ("rivers", "Panj / Amu Darya"),
    ];

    public static BorderMapData Load(string directory)
    {
        var (areas, sources) = LoadBoundariesAndSources(directory);
        var (claims, events) = LoadClaims(directory, areas, sources);
        return new BorderMapData(areas, sources, claims) { Events = events };
    }

    /// <summary>The boundaries and sources alone: what every verb needs, while the claims only seed a new store.</summary>
    public static (AreaCatalog Areas, IReadOnlyList<Source> Sources) LoadBoundariesAndSources(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new GeodataException(directory, "directory", "the geodata directory does not exist");
        }

        var layers = BoundaryLayers
            .Select(l => AreaLayerReader.Read(Path.Combine(directory, "boundaries", l.Id + ".geojson"), $"boundaries/{l.Id}.geojson", l.Id, l.Title))
            .ToList();
        var areas = CatalogOf(layers, MeasurementReferenceReader.Read(directory));

        var sources = FilesIn(directory, "sources", "*.json")
            .Select(f => SourceReader.Read(f.Path, f.DisplayName))
            .ToList();
        UniqueById(sources, s => s.Id, "sources");
        return (areas, sources);
    }

    /// <summary>The directory's claims, each validated (its quote checked against its source) and placed, and the events grouping them.</summary>
    public static (IReadOnlyList<Claim> Claims, IReadOnlyList<Events.ClaimEvent> Events) LoadClaims(string directory, AreaCatalog areas, IReadOnlyList<Source> sources)
    {
        var sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var validator = new ClaimValidator(areas, id => sourcesById.GetValueOrDefault(id));
        var placer = new ClaimPlacer(areas);
        var claims = FilesIn(directory, "claims", "*.geojson")
            .SelectMany(f => ClaimFileReader.Read(f.Path, f.DisplayName, validator, placer))
            .ToList();
        UniqueById(claims, c => c.Id, "claims");
        return (claims, Events.SeedEventReader.Read(directory, claims));
    }

    private static AreaCatalog CatalogOf(List<AreaLayer> layers, MeasurementReferences measurement)
    {
        var duplicate = layers.SelectMany(l => l.Areas).GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new GeodataException("boundaries", $"id '{duplicate.Key}'", "the same area id occurs more than once");
        }

        return new AreaCatalog(layers) { Measurement = measurement };
    }

    private static Dictionary<string, T> UniqueById<T>(IEnumerable<T> items, Func<T, string> id, string folder)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byId.TryAdd(id(item), item))
            {
                throw new GeodataException(folder, $"id '{id(item)}'", "the same id occurs in more than one place");
            }
        }

        return byId;
    }

    // Sorted so that load order, and with it every listing, is the same on every machine.
    private static IEnumerable<(string Path, string DisplayName)> FilesIn(string directory, string folder, string pattern)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).Select(f => (f, $"{folder}/{Path.GetFileName(f)}"))
            : [];
    }
}
