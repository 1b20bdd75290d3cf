using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BorderMap.App.Api;

/// <summary>
/// Builds the API's GeoJSON. Claim properties are the stored claim data plus the id, the anchor
/// the map draws the marker at and the checks of stated numbers against the boundaries, so clients
/// need no geometry code of their own.
/// </summary>
internal static class GeoJsonWriter
{
    public const string ContentType = "application/geo+json";

    /// <summary>The API's serialiser options: web defaults and NTS's GeoJSON geometries.</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static JsonObject Collection(IEnumerable<JsonObject> features) =>
        new() { ["type"] = "FeatureCollection", ["features"] = new JsonArray([.. features]) };

    /// <summary>A claim as a Feature, its checks judged against the boundaries in <paramref name="areas"/>.</summary>
    public static JsonObject Feature(Claim claim, AreaCatalog areas)
    {
        var properties = JsonSerializer.SerializeToNode(claim.Data, Options)!.AsObject();
        properties.Insert(0, "id", claim.Id);
        properties["anchor"] = new JsonArray(claim.Anchor.X, claim.Anchor.Y);
        properties["checks"] = JsonSerializer.SerializeToNode(ClaimCheck.For(claim, areas), Options);
        return Feature(claim.Id, claim.Geometry, properties);
    }

    public static JsonObject Feature(Area area)
    {
        var properties = new JsonObject
        {
            ["id"] = area.Id,
            ["kind"] = area.Kind.ToString().ToLowerInvariant(),
            ["country"] = area.Country,
            ["name"] = area.Name,
            ["localName"] = area.LocalName,
            ["names"] = JsonSerializer.SerializeToNode(area.Names, Options),
            ["focus"] = area.Focus,
        };
        return Feature(area.Id, area.Geometry, properties);
    }

    public static JsonHttpResult<JsonObject> Result(JsonObject geoJson) => TypedResults.Json(geoJson, Options, ContentType);

    private static JsonObject Feature(string id, Geometry geometry, JsonObject properties) => new()
    {
        ["type"] = "Feature",
        ["id"] = id,
        ["geometry"] = JsonSerializer.SerializeToNode(geometry, Options),
        ["properties"] = properties,
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
