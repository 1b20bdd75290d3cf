using BorderMap.Core.Areas;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class RegionEndpoints
{
    public sealed record RegionSummary(string Id, string Kind, string Name, string? LocalName, string Country, bool Focus);

    /// <summary>
    /// <c>GET /api/regions</c> lists countries and provinces; <c>GET /api/regions/{id}</c> returns the
    /// region panel's data, with its claims following the same filter parameters as <c>/api/claims</c>:
    /// the store's count per category and the ids of the first <see cref="CategoryClaims.MaxClaimIds"/>
    /// claims of each (<c>truncated</c> says when there are more).
    /// </summary>
    public static void MapRegionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/regions", (AreaCatalog areas) =>
            TypedResults.Ok(areas.All
                .Where(a => a.Kind != AreaKind.River)
                .OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new RegionSummary(a.Id, a.Kind.ToString().ToLowerInvariant(), a.Name, a.LocalName, a.Country, a.Focus))));

        routes.MapGet("/api/regions/{id}", async Task<Results<Ok<RegionProfile>, ProblemHttpResult, ValidationProblem>> (string id, HttpRequest request, ClaimFilterParser parser, RegionProfiler profiler, IClaimStore store, CancellationToken cancel) =>
        {
            var (filter, problems) = parser.Parse(name => name == "region" ? null : request.Query[name].LastOrDefault());
            if (filter is null)
            {
                return Problems.Invalid(problems);
            }

            var profile = await profiler.ProfileAsync(id, region => ClaimsByCategoryAsync(store, filter with { Region = region }, cancel));
            return profile is not null ? TypedResults.Ok(profile) : Problems.NotFound("region", id);
        });
    }

    /// <summary>The store's count of the claims in each category, most first, each with the ids of its first claims.</summary>
    private static async Task<IReadOnlyList<CategoryClaims>> ClaimsByCategoryAsync(IClaimStore store, ClaimFilter filter, CancellationToken cancel)
    {
        var facets = await store.FacetsAsync(filter, cancel);
        return await Task.WhenAll(facets.Categories.Select(async category =>
        {
            var page = await store.PageAsync(filter with { Categories = new HashSet<string>(StringComparer.Ordinal) { category.Value } }, null, CategoryClaims.MaxClaimIds, cancel);
            return new CategoryClaims(category.Value, category.Count, [.. page.Claims.Select(c => c.Id)]);
        }));
    }
}
