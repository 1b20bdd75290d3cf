using System.Text.Json.Serialization;
using BorderMap.Core.Styling;

namespace BorderMap.Core.Geodata;

/// <summary>
/// Compile-time JSON reading of the geodata files every server start reads (the boundaries, the
/// sources' metadata, the measurement references) and of the map style, with
/// <see cref="JsonFile.Options"/>' rules. Read by reflection, they made each start build their
/// readers with emitted code and compile ~200 methods of System.Text.Json's (bench/RESULTS.md,
/// Scale, start34); generated here, their readers are compiled ahead of time with this assembly.
/// Other types (the seed claims, read only to seed a new store) are still read by reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(FeatureCollectionDto<AreaProperties>))]
[JsonSerializable(typeof(SourceMetadata))]
[JsonSerializable(typeof(MeasurementReferenceReader.MeasurementReferencesDto))]
[JsonSerializable(typeof(MapStyle))]
internal sealed partial class GeodataJsonContext : JsonSerializerContext;
