using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Storage;

/// <summary>
/// A claim as a GeoJSON feature: the placed geometry, and properties that are the claim's id
/// followed by its <see cref="ClaimData"/> fields in camelCase: the shape of the API's claims,
/// which <see cref="Interchange.ClaimFeatureReader"/> reads back. Used for history values and exports.
/// </summary>
public static class ClaimGeoJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonObject Feature(Claim claim) => new()
    {
        ["type"] = "Feature",
        ["id"] = claim.Id,
        ["geometry"] = JsonSerializer.SerializeToNode(claim.Geometry, Options),
        ["properties"] = Properties(claim.Id, claim.Data),
    };

    /// <summary>The same feature as <see cref="Feature"/>, serialised straight to text: the history stores one per change, so imports write this many.</summary>
    public static string FeatureText(Claim claim) => FeatureText(claim, JsonSerializer.Serialize(claim.Data, ClaimJsonContext.Default.ClaimData));

    /// <summary>The same, around the claim's data already serialised with <see cref="ClaimJsonContext"/> (<see cref="Writes.ClaimRecord.DataJson"/>).</summary>
    public static string FeatureText(Claim claim, string dataJson)
    {
        var id = JsonSerializer.Serialize(claim.Id, ClaimJsonContext.Default.String);
        var geometry = JsonSerializer.Serialize(claim.Geometry, Options);
        return $$"""{"type":"Feature","id":{{id}},"geometry":{{geometry}},"properties":{"id":{{id}},{{dataJson.AsSpan(1)}}}""";
    }

    public static JsonObject Properties(string id, ClaimData data)
    {
        var properties = JsonSerializer.SerializeToNode(data, Options)!.AsObject();
        properties.Insert(0, "id", id);
        return properties;
    }

    /// <summary>
    /// The claim's content without its bookkeeping, as one string: two claims with equal
    /// fingerprints say the same thing at the same place, whatever their versions.
    /// </summary>
    public static string Fingerprint(Claim claim)
    {
        var data = claim.Data with { CreatedAt = default, UpdatedAt = default, Version = 0 };
        var place = data.Refs.Count > 0 ? string.Empty : claim.Geometry.AsText();
        return JsonSerializer.Serialize(data, ClaimJsonContext.Default.ClaimData) + place;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
