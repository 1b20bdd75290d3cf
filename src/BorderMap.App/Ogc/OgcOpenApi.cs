using System.Text.Json.Nodes;
using BorderMap.Storage;

namespace BorderMap.App.Ogc;

/// <summary>
/// The OpenAPI 3.0 definition of <c>/api/ogc</c>: a path per collection's items and item (as
/// clients such as GDAL and QGIS look them up), with the shared parameters and each collection's
/// queryables as query parameters.
/// </summary>
internal static class OgcOpenApi
{
    private static readonly string[] SharedItemsParameters = ["bbox", "datetime", "limit", "cursor"];

    public static JsonObject Document(string root, IReadOnlyList<OgcCollection> collections)
    {
        var paths = new JsonObject
        {
            ["/"] = Get("The landing page", "landingPage", [], OgcLinks.Json),
            ["/conformance"] = Get("The conformance classes this API implements", "getConformanceDeclaration", [], OgcLinks.Json),
            ["/api"] = Get("This API definition", "getApiDefinition", [], OgcLinks.OpenApi),
            ["/collections"] = Get("The collections", "getCollections", [], OgcLinks.Json),
        };
        foreach (var collection in collections)
        {
            var path = $"/collections/{collection.Id}";
            paths[path] = Get($"{collection.Title}: its description", $"describe-{collection.Id}", [], OgcLinks.Json);
            paths[$"{path}/queryables"] = Get($"{collection.Title}: what items can be filtered by", $"queryables-{collection.Id}", [], "application/schema+json");
            paths[$"{path}/items"] = Get($"{collection.Title}: a page of items", $"getFeatures-{collection.Id}", ItemsParameters(collection), OgcLinks.GeoJson);
            paths[$"{path}/items/{{featureId}}"] = Get($"{collection.Title}: one item", $"getFeature-{collection.Id}", [new JsonObject { ["$ref"] = "#/components/parameters/featureId" }], OgcLinks.GeoJson);
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "BorderMap OGC API – Features", ["version"] = "1.0.0", ["description"] = "Claims and areas as OGC API – Features Part 1 Core with Part 3 queryables as query parameters." },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = root }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["parameters"] = SharedParameters() },
        };
    }

    private static JsonArray ItemsParameters(OgcCollection collection)
    {
        var parameters = new JsonArray([.. SharedItemsParameters.Select(name => new JsonObject { ["$ref"] = $"#/components/parameters/{name}" })]);
        foreach (var queryable in collection.Queryables)
        {
            var schema = new JsonObject { ["type"] = "string" };
            if (queryable.Values is { } values)
            {
                schema["description"] = $"one or more of {string.Join(", ", values)}, comma-separated";
            }

            parameters.Add(Query(queryable.Name, queryable.Description, schema));
        }

        return parameters;
    }

    private static JsonObject SharedParameters() => new()
    {
        ["bbox"] = Query("bbox", "Only items intersecting this box: minLon,minLat,maxLon,maxLat in CRS84 (six numbers with heights).", new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 4,
            ["maxItems"] = 6,
            ["items"] = new JsonObject { ["type"] = "number" },
        }, explode: false),
        ["datetime"] = Query("datetime", "Only items whose dates meet this instant or interval (RFC 3339; '..' or nothing for an open end).", new JsonObject { ["type"] = "string" }),
        ["limit"] = Query("limit", "The most items on a page; larger values are lowered to the maximum.", new JsonObject
        {
            ["type"] = "integer",
            ["minimum"] = 1,
            ["maximum"] = IClaimStore.MaxPageSize,
            ["default"] = OgcParameters.DefaultLimit,
        }),
        ["cursor"] = Query("cursor", "Where the page starts; taken from the previous page's next link.", new JsonObject { ["type"] = "string" }),
        ["featureId"] = new JsonObject { ["name"] = "featureId", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } },
    };

    private static JsonObject Query(string name, string description, JsonObject schema, bool explode = true) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["required"] = false,
        ["style"] = "form",
        ["explode"] = explode,
        ["schema"] = schema,
    };

    private static JsonObject Get(string summary, string operationId, JsonArray parameters, string type) => new()
    {
        ["get"] = new JsonObject
        {
            ["summary"] = summary,
            ["operationId"] = operationId,
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { [type] = new JsonObject() } },
                ["400"] = new JsonObject { ["description"] = "A parameter is invalid; the problem names it", ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject() } },
                ["404"] = new JsonObject { ["description"] = "No such collection or item" },
            },
        },
    };
}
