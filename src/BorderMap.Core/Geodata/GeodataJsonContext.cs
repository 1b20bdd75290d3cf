using System.Text.Json;
using System.Text.Json.Serialization;
using BorderMap.Core.Styling;

namespace BorderMap.Core.Geodata;

/// <summary>
/// Compile-time JSON metadata for the files every command reads at start: the boundary layers,
/// the sources' metadata and the map style. With the run-time resolver, building the readers of
/// these types by reflection took ~90 ms of each `bordermap export` before it read a claim; the
/// other geodata files still go through <see cref="JsonFile.Options"/>' reflection fallback.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(FeatureCollectionDto<AreaProperties>))]
[JsonSerializable(typeof(SourceMetadata))]
[JsonSerializable(typeof(MapStyle))]
internal sealed partial class GeodataJsonContext : JsonSerializerContext;
