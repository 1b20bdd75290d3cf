using System.Buffers;
using System.Text.Json;
using BorderMap.Core.Areas;
using BorderMap.Core.Towns;

namespace BorderMap.App.Api;

internal static class BaseMapEndpoints
{
    /// <summary>
    /// <c>GET /api/basemap</c>: every boundary layer and the towns in one answer,
    /// <c>{"layers": {id: FeatureCollection, …}, "towns": FeatureCollection}</c>, the same GeoJSON as
    /// <c>/api/layers/{id}</c> and <c>/api/towns</c>, in the layer list's order. The web map's first
    /// load asks for it once instead of four times: a browser opens at most six connections to one
    /// server, and the first load's other requests (claim tiles, counts, the list) wait for a free
    /// one. Written once from the kept answers; bounded by the geodata. It carries an ETag of its
    /// bytes with <c>Cache-Control: no-cache</c>: a browser that has it asks with
    /// <c>If-None-Match</c> and gets 304 with no body instead of its ~350 KiB again.
    /// </summary>
    public static void MapBaseMapEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/basemap", IResult (HttpRequest request, HttpResponse response, AreaCatalog areas, TownCatalog towns, FixedGeoJson fixedAnswers) =>
        {
            var bytes = fixedAnswers.Composed("basemap", () => Compose(areas, towns, fixedAnswers));
            var etag = fixedAnswers.ETag("basemap", bytes);
            response.Headers.CacheControl = "no-cache";
            response.Headers.ETag = etag;
            return request.Headers.IfNoneMatch.Any(tag => tag == etag)
                ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                : TypedResults.Bytes(bytes, "application/json");
        });

    private static byte[] Compose(AreaCatalog areas, TownCatalog towns, FixedGeoJson fixedAnswers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("layers");
            foreach (var layer in areas.Layers)
            {
                writer.WritePropertyName(layer.Id);
                writer.WriteRawValue(LayerEndpoints.GeoJson(fixedAnswers, layer), skipInputValidation: true);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("towns");
            writer.WriteRawValue(TownEndpoints.GeoJson(fixedAnswers, towns), skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
