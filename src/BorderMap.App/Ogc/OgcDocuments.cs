using System.Globalization;
using System.Text.Json.Nodes;

namespace BorderMap.App.Ogc;

/// <summary>The landing page, conformance declaration, collection descriptions and queryables of OGC API – Features, as JSON.</summary>
internal static class OgcDocuments
{
    public static readonly string[] ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
    ];

    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    public static JsonObject Landing(string root) => new()
    {
        ["title"] = "BorderMap",
        ["description"] = "Claims about the Tajikistan–Afghanistan border situation, and the areas they are placed in, as OGC API – Features.",
        ["links"] = new JsonArray(
            OgcLinks.Link(root, "self", OgcLinks.Json, "This document"),
            OgcLinks.Link($"{root}/api", "service-desc", OgcLinks.OpenApi, "The API definition (OpenAPI 3.0)"),
            OgcLinks.Link($"{root}/conformance", "conformance", OgcLinks.Json, "Conformance classes"),
            OgcLinks.Link($"{root}/collections", "data", OgcLinks.Json, "The collections")),
    };

    public static JsonObject Conformance() => new() { ["conformsTo"] = new JsonArray([.. ConformanceClasses.Select(c => JsonValue.Create(c))]) };

    public static JsonObject Collections(string root, IEnumerable<OgcCollection> collections) => new()
    {
        ["links"] = new JsonArray(OgcLinks.Link($"{root}/collections", "self", OgcLinks.Json, "The collections")),
        ["collections"] = new JsonArray([.. collections.Select(c => Collection(root, c))]),
    };

    public static JsonObject Collection(string root, OgcCollection collection)
    {
        var self = $"{root}/collections/{collection.Id}";
        var box = collection.SpatialExtent;
        return new JsonObject
        {
            ["id"] = collection.Id,
            ["title"] = collection.Title,
            ["description"] = collection.Description,
            ["itemType"] = "feature",
            ["crs"] = new JsonArray(Crs84),
            ["extent"] = new JsonObject
            {
                ["spatial"] = new JsonObject { ["bbox"] = new JsonArray(new JsonArray(box.MinX, box.MinY, box.MaxX, box.MaxY)), ["crs"] = Crs84 },
            },
            ["links"] = new JsonArray(
                OgcLinks.Link(self, "self", OgcLinks.Json, collection.Title),
                OgcLinks.Link($"{self}/items", "items", OgcLinks.GeoJson, $"{collection.Title} as GeoJSON"),
                OgcLinks.Link($"{self}/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", "application/schema+json", "What items can be filtered by")),
        };
    }

    /// <summary>The collection's queryables as a JSON Schema (Part 3).</summary>
    public static JsonObject Queryables(string root, OgcCollection collection)
    {
        var properties = new JsonObject();
        foreach (var queryable in collection.Queryables)
        {
            var schema = new JsonObject { ["type"] = queryable.Type, ["description"] = queryable.Description };
            if (queryable.Values is { } values)
            {
                schema["enum"] = new JsonArray([.. values.Select(v => queryable.Type == "integer" ? JsonValue.Create(int.Parse(v, CultureInfo.InvariantCulture)) : JsonValue.Create(v))]);
            }

            properties[queryable.Name] = schema;
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2019-09/schema",
            ["$id"] = $"{root}/collections/{collection.Id}/queryables",
            ["type"] = "object",
            ["title"] = collection.Title,
            ["properties"] = properties,
        };
    }
}
