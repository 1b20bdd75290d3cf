using BorderMap.Core.Claims;
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
    /// region panel's data, its claims following the same filter parameters as <c>/api/claims</c>:
    /// the store's counts by category and status, the most named actors, the other areas the claims
    /// belong to, the events in the region (following the dates and statuses), and the ids of the
    /// region's first <see cref="CategoryClaims.MaxClaimIds"/> claims by category (<c>truncated</c>
    /// says when a category has more). Every count is an aggregate of the store; one page of claims is read.
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
            var (filter, parsed) = parser.Parse(name => name == "region" ? null : request.Query[name].LastOrDefault());
            List<FieldProblem> problems = [.. parsed];
            var mode = CountParameter.Read(request, problems);
            if (filter is null || problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            var profile = await profiler.ProfileAsync(id, region => ContentsAsync(store, filter with { Region = region }, region, mode, cancel));
            return profile is not null ? TypedResults.Ok(profile) : Problems.NotFound("region", id);
        });
    }

    /// <summary>The region's counts (one facets query), its first claims (their ids and categories only: what the panel lists) and its events (one grouped count).</summary>
    private static async Task<RegionContents> ContentsAsync(IClaimStore store, ClaimFilter filter, string region, CountMode mode, CancellationToken cancel)
    {
        var facets = store.FacetsAsync(filter, mode, cancel);
        var page = store.FirstCategoriesAsync(filter, CategoryClaims.MaxClaimIds, cancel);
        var events = EventEndpoints.Events(store).RegionEventsAsync(region, filter, cancel);
        var (counts, first) = (await facets, await page);
        var firstIds = first.ToLookup(c => c.Category, c => c.Id, StringComparer.Ordinal);
        return new RegionContents(
            counts.Total,
            [.. counts.Categories.Select(category => new CategoryClaims(category.Value, category.Count, [.. firstIds[category.Value]]))],
            counts.Statuses,
            [.. counts.Actors.Take(RegionContents.MaxActors)],
            [.. counts.Regions.Where(area => area.Value != region)],
            await events,
            counts.AtLeast);
    }
}
