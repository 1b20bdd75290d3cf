using BorderMap.Core.Sources;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class SourceEndpoints
{
    public sealed record SourceSummary(string Id, string Title, string Publisher, string Language, string PublishedDate);

    /// <summary><c>GET /api/sources</c> lists registered sources (they are few); <c>GET /api/sources/{id}</c> returns one with its full text.</summary>
    public static void MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/sources", async (IClaimStore store, CancellationToken cancel) =>
            TypedResults.Ok((await store.SourcesAsync(cancel)).Select(s => new SourceSummary(s.Id, s.Title, s.Publisher, s.Language, s.PublishedDate))));

        routes.MapGet("/api/sources/{id}", async Task<Results<Ok<Source>, ProblemHttpResult>> (string id, IClaimStore store, CancellationToken cancel) =>
            await store.FindSourceAsync(id, cancel) is { } source ? TypedResults.Ok(source) : Problems.NotFound("source", id));
    }
}
