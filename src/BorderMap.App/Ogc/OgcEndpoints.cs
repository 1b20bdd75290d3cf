using System.Text.Json.Nodes;
using BorderMap.App.Api;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Ogc;

/// <summary>
/// OGC API – Features Part 1 Core (GeoJSON, OpenAPI 3.0) with Part 3 queryables as query
/// parameters, under <see cref="OgcLinks.Root"/>: the landing page, conformance, the API
/// definition, the collections (<see cref="OgcCatalog"/>), their queryables, items and single
/// items. They are API routes like the others, so a shared server's token rules apply to them
/// unchanged. A bad <c>bbox</c>, <c>datetime</c>, <c>limit</c>, filter value or unknown parameter
/// is a 400 problem naming it, as the standard asks.
/// </summary>
internal static class OgcEndpoints
{
    public static void MapOgcEndpoints(this IEndpointRouteBuilder routes)
    {
        var catalog = OgcCatalog.From(routes.ServiceProvider);
        var root = OgcLinks.Root;
        routes.MapGet(root, (HttpRequest request) => Json(OgcDocuments.Landing(OgcLinks.Base(request)), OgcLinks.Json));
        routes.MapGet($"{root}/conformance", () => Json(OgcDocuments.Conformance(), OgcLinks.Json));
        routes.MapGet($"{root}/api", (HttpRequest request) => Json(OgcOpenApi.Document(OgcLinks.Base(request), catalog.Collections), OgcLinks.OpenApi));
        routes.MapGet($"{root}/collections", (HttpRequest request) => Json(OgcDocuments.Collections(OgcLinks.Base(request), catalog.Collections), OgcLinks.Json));
        routes.MapGet($"{root}/collections/{{collectionId}}", (string collectionId, HttpRequest request) =>
            Describe(catalog.Find(collectionId), collectionId, c => OgcDocuments.Collection(OgcLinks.Base(request), c), OgcLinks.Json));
        routes.MapGet($"{root}/collections/{{collectionId}}/queryables", (string collectionId, HttpRequest request) =>
            Describe(catalog.Find(collectionId), collectionId, c => OgcDocuments.Queryables(OgcLinks.Base(request), c), "application/schema+json"));
        routes.MapGet($"{root}/collections/{{collectionId}}/items", (string collectionId, HttpRequest request, CancellationToken cancel) =>
            catalog.Find(collectionId) is { } collection ? ItemsAsync(collection, request, cancel) : Task.FromResult<IResult>(Problems.NotFound("collection", collectionId)));
        routes.MapGet($"{root}/collections/{{collectionId}}/items/{{featureId}}", async (string collectionId, string featureId, HttpRequest request, CancellationToken cancel) =>
        {
            if (catalog.Find(collectionId) is not { } collection)
            {
                return (IResult)Problems.NotFound("collection", collectionId);
            }

            if (await collection.ItemAsync(featureId, cancel) is not { } feature)
            {
                return Problems.NotFound($"item of {collectionId}", featureId);
            }

            var self = $"{OgcLinks.Base(request)}/collections/{collectionId}";
            feature["links"] = new JsonArray(OgcLinks.Link($"{self}/items/{Uri.EscapeDataString(featureId)}", "self", OgcLinks.GeoJson, "This item"), OgcLinks.Link(self, "collection", OgcLinks.Json, "The collection"));
            return Json(feature, OgcLinks.GeoJson);
        });
    }

    private static async Task<IResult> ItemsAsync(OgcCollection collection, HttpRequest request, CancellationToken cancel)
    {
        string? Value(string name) => QueryParameters.Value(request, name);
        var problems = QueryParameters.Unknown(request, ["bbox", "datetime", "limit", "cursor", "f", .. collection.Queryables.Select(q => q.Name)]);
        var box = OgcParameters.BoundingBox(Value("bbox"), problems);
        var (from, to) = OgcParameters.DateTime(Value("datetime"), problems);
        var limit = OgcParameters.Limit(Value("limit"), IClaimStore.MaxPageSize, problems);
        if (Value("f") is { } format && format is not ("json" or "geojson"))
        {
            problems.Add(new Core.Claims.FieldProblem("f", $"'{format}' is not json; this server answers GeoJSON only"));
        }

        if (problems.Count > 0)
        {
            return Problems.Invalid(problems);
        }

        var properties = collection.Queryables.Where(q => Value(q.Name) is not null).ToDictionary(q => q.Name, q => Value(q.Name)!, StringComparer.Ordinal);
        var (page, pageProblems) = await collection.ItemsAsync(new OgcItemsQuery(box, from, to, properties, Value("cursor"), limit), cancel);
        return page is null ? Problems.Invalid(pageProblems) : OgcItemsWriter.Result(request, $"{OgcLinks.Base(request)}/collections/{collection.Id}", page);
    }

    private static IResult Describe(OgcCollection? collection, string id, Func<OgcCollection, JsonObject> document, string contentType) =>
        collection is null ? Problems.NotFound("collection", id) : Json(document(collection), contentType);

    private static ContentHttpResult Json(JsonObject document, string contentType) => TypedResults.Text(document.ToJsonString(), contentType);
}
