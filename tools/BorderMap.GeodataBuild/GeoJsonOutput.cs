using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BorderMap.GeodataBuild;

/// <summary>
/// Writes a FeatureCollection with one feature per line, sorted by id, UTF-8 without BOM, so
/// that re-runs are byte-identical and diffs show which areas changed.
/// </summary>
internal static class GeoJsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Names in Arabic script and Cyrillic stay readable instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The converter moves the attribute named here out of "properties" (nested tables too,
        // which would drop names.id, the Indonesian name). The schema wants "id" in both places,
        // so name an attribute that never exists and give the top-level id through IUnique.
        Converters = { new GeoJsonConverterFactory(Grid.Factory, false, "(feature id comes from IUnique)", RingOrientationOption.EnforceRfc9746) },
    };

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the file and returns its SHA-256 (lower-case hex).</summary>
    public static string Write(string path, IEnumerable<AreaFeature> features)
    {
        var lines = features
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => JsonSerializer.Serialize<IFeature>(ToFeature(f), Options));
        var text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", lines) + "\n]}\n";
        var bytes = Utf8NoBom.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Reads a written file back with the same converter, as a check that it parses.</summary>
    public static FeatureCollection Read(string path) =>
        JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path, Utf8NoBom), Options)
            ?? throw new GeodataBuildException($"{path} did not read back as a FeatureCollection.");

    private static IdentifiedFeature ToFeature(AreaFeature area)
    {
        var names = new AttributesTable();
        foreach (var (language, name) in area.Names)
        {
            names.Add(language, name);
        }

        // Insertion order is the order written, so keep it fixed and readable.
        var attributes = new AttributesTable
        {
            { "id", area.Id },
            { "kind", area.Kind },
            { "country", area.Country },
            { "name", area.Name },
            { "localName", area.LocalName },
            { "names", names },
            { "focus", area.Focus },
        };
        return new IdentifiedFeature(area.Id, area.Geometry, attributes);
    }

    /// <summary>A feature whose top-level GeoJSON "id" comes from <see cref="IUnique"/>.</summary>
    private sealed class IdentifiedFeature(string id, Geometry geometry, IAttributesTable attributes) : IFeature, IUnique
    {
        public object Id => id;

        public Geometry Geometry { get; set; } = geometry;

        public Envelope? BoundingBox { get; set; }

        public IAttributesTable Attributes { get; set; } = attributes;
    }
}
