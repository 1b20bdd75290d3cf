using BorderMap.Core.Geodata;
using BorderMap.Core.Sources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class SourceEndpoints
{
    public sealed record SourceSummary(string Id, string Title, string Publisher, string Language, string PublishedDate);

    /// <summary><c>GET /api/sources</c> lists registered sources; <c>GET /api/sources/{id}</c> returns one with its full text.</summary>
    public static void MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/sources", (BorderMapData data) =>
            TypedResults.Ok(data.Sources.Select(s => new SourceSummary(s.Id, s.Title, s.Publisher, s.Language, s.PublishedDate))));

        routes.MapGet("/api/sources/{id}", Results<Ok<Source>, ProblemHttpResult> (string id, BorderMapData data) =>
            data.FindSource(id) is { } source ? TypedResults.Ok(source) : Problems.NotFound("source", id));
    }
}
