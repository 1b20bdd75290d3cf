using BorderMap.Core.Claims;
using BorderMap.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class SearchEndpoints
{
    /// <summary><c>GET /api/search?q=</c>: regions, places and claims whose names match, best first.</summary>
    public static void MapSearchEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", Results<Ok<IReadOnlyList<SearchHit>>, ValidationProblem> (string? q, NameSearch search) =>
            string.IsNullOrWhiteSpace(q) || q.Length > 200
                ? Problems.Invalid([new FieldProblem("q", "give a name of 1 to 200 characters to search for")])
                : TypedResults.Ok(search.Find(q)));
}
