using System.Text.Json.Nodes;
using BorderMap.Core.Geodata;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class ClaimEndpoints
{
    /// <summary><c>GET /api/claims</c> returns every claim as GeoJSON; <c>GET /api/claims/{id}</c> one claim.</summary>
    public static void MapClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/claims", (BorderMapData data) =>
            GeoJsonWriter.Result(GeoJsonWriter.Collection(data.Claims.Select(GeoJsonWriter.Feature))));

        routes.MapGet("/api/claims/{id}", Results<JsonHttpResult<JsonObject>, ProblemHttpResult> (string id, BorderMapData data) =>
            data.FindClaim(id) is { } claim ? GeoJsonWriter.Result(GeoJsonWriter.Feature(claim)) : Problems.NotFound("claim", id));
    }
}
