using BorderMap.Core.Areas;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class LayerEndpoints
{
    public sealed record LayerSummary(string Id, string Title, int FeatureCount);

    /// <summary><c>GET /api/layers</c> lists the boundary layers; <c>GET /api/layers/{id}</c> returns one as GeoJSON.</summary>
    public static void MapLayerEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/layers", (AreaCatalog areas) =>
            TypedResults.Ok(areas.Layers.Select(l => new LayerSummary(l.Id, l.Title, l.Areas.Count))));

        routes.MapGet("/api/layers/{id}", Results<FileContentHttpResult, ProblemHttpResult> (string id, AreaCatalog areas, FixedGeoJson fixedAnswers) =>
            areas.FindLayer(id) is { } layer
                ? TypedResults.Bytes(GeoJson(fixedAnswers, layer), GeoJsonWriter.ContentType)
                : Problems.NotFound("layer", id));
    }

    /// <summary>The layer's GeoJSON FeatureCollection as UTF-8, written once (also the base map's part, <see cref="BaseMapEndpoints"/>).</summary>
    public static byte[] GeoJson(FixedGeoJson fixedAnswers, AreaLayer layer) =>
        fixedAnswers.Bytes($"layer:{layer.Id}", () => GeoJsonWriter.Collection(layer.Areas.Select(GeoJsonWriter.Feature)));
}
