using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Core.Geodata;

// The on-disk shapes of the GeoJSON files. Deserialisation enforces required members and
// nullability, so a missing or mistyped property fails with its JSON path and line.
internal sealed record FeatureCollectionDto<TProperties>(string Type, IReadOnlyList<FeatureDto<TProperties>> Features);

// The geometry's converter is named here, not only in the options, so that the compile-time reader (GeodataJsonContext) reads it
// with NetTopologySuite's GeoJSON converter instead of generating a reader of Geometry's own properties.
internal sealed record FeatureDto<TProperties>(
    string Type,
    string Id,
    [property: JsonConverter(typeof(GeoJsonConverterFactory))] Geometry? Geometry,
    TProperties Properties);

internal sealed record AreaProperties(
    string Id,
    string Kind,
    string Country,
    string Name,
    string? LocalName,
    IReadOnlyDictionary<string, string>? Names,
    bool Focus);

internal sealed record SourceMetadata(
    string Id,
    string Title,
    string Publisher,
    string Language,
    string? TranslatedFrom,
    Uri? Url,
    string PublishedDate,
    string Sha256,
    string TextFile,
    IReadOnlyList<string> Notes);
