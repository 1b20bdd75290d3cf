using System.Text.Json;
using System.Text.Json.Serialization;
using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>
/// Compile-time JSON serialisation of the claim data, with the same camelCase output as
/// <see cref="ClaimGeoJson.Options"/>. Every stored claim is serialised several times (its JSON
/// columns, its history entry), so a bulk import spends much of its time here without it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClaimData))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, double>))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(string))]
internal sealed partial class ClaimJsonContext : JsonSerializerContext;
