using BorderMap.Core.Areas;
using BorderMap.Core.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class RegionEndpoints
{
    public sealed record RegionSummary(string Id, string Kind, string Name, string? LocalName, string Country, bool Focus);

    /// <summary>
    /// <c>GET /api/regions</c> lists countries and provinces; <c>GET /api/regions/{id}</c> returns the
    /// region panel's data, with its claims following the same filter parameters as <c>/api/claims</c>.
    /// </summary>
    public static void MapRegionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/regions", (AreaCatalog areas) =>
            TypedResults.Ok(areas.All
                .Where(a => a.Kind != AreaKind.River)
                .OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new RegionSummary(a.Id, a.Kind.ToString().ToLowerInvariant(), a.Name, a.LocalName, a.Country, a.Focus))));

        routes.MapGet("/api/regions/{id}", Results<Ok<RegionProfile>, ProblemHttpResult, ValidationProblem> (string id, HttpRequest request, ClaimFilterParser parser, RegionProfiler profiler, ClaimIndex index) =>
        {
            var (filter, problems) = parser.Parse(name => name == "region" ? null : request.Query[name].LastOrDefault());
            if (filter is null)
            {
                return Problems.Invalid(problems);
            }

            return profiler.Profile(index, id, filter) is { } profile ? TypedResults.Ok(profile) : Problems.NotFound("region", id);
        });
    }
}
