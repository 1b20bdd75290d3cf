using BorderMap.Storage;
using BorderMap.Storage.Interchange.Annotations;

namespace BorderMap.App.Api;

internal static class AnnotationEndpoints
{
    /// <summary>
    /// <c>GET /api/claims/{id}/annotation</c>: the claim's quote as a W3C Web Annotation
    /// (<see cref="QuoteAnnotation"/>), JSON-LD, with a quote selector (exact, prefix, suffix) and a
    /// position selector into the source text.
    /// </summary>
    public static void MapAnnotationEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/claims/{id}/annotation", async (string id, IClaimStore store, CancellationToken cancel) =>
        {
            if (await store.FindClaimAsync(id, cancel) is not { } claim)
            {
                return (IResult)Problems.NotFound("claim", id);
            }

            var source = await store.FindSourceAsync(claim.Data.Source, cancel) ?? throw new InvalidOperationException($"claim '{id}' quotes the unregistered source '{claim.Data.Source}'");
            return TypedResults.Text(QuoteAnnotation.Of(claim, source).ToJsonString(), QuoteAnnotation.ContentType);
        });
}
