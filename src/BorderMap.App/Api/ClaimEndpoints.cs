using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class ClaimEndpoints
{
    /// <summary>
    /// <c>GET /api/claims</c> returns the claims matching the query's filters (see
    /// <see cref="ClaimFilterParser"/>) as GeoJSON; <c>GET /api/claims/{id}</c> returns one claim.
    /// </summary>
    public static void MapClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/claims", Results<JsonHttpResult<JsonObject>, ValidationProblem> (HttpRequest request, ClaimFilterParser parser, ClaimIndex index) =>
        {
            var unknown = request.Query.Keys.Except(ClaimFilterParser.ParameterNames, StringComparer.Ordinal)
                .Select(k => new FieldProblem(k, $"unknown parameter; use {string.Join(", ", ClaimFilterParser.ParameterNames)}"))
                .ToList();
            var (filter, problems) = parser.Parse(name => request.Query[name].LastOrDefault());
            if (filter is null || unknown.Count > 0)
            {
                return Problems.Invalid([.. unknown, .. problems]);
            }

            return GeoJsonWriter.Result(GeoJsonWriter.Collection(index.Query(filter).Select(GeoJsonWriter.Feature)));
        });

        routes.MapGet("/api/claims/{id}", Results<JsonHttpResult<JsonObject>, ProblemHttpResult> (string id, BorderMapData data) =>
            data.FindClaim(id) is { } claim ? GeoJsonWriter.Result(GeoJsonWriter.Feature(claim)) : Problems.NotFound("claim", id));
    }
}
