using BorderMap.Core.Claims;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Queries;
using BorderMap.Core.Search;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class SearchEndpoints
{
    private const int Limit = 20;

    /// <summary>A claim found by its text rather than its title still ranks, below the names that match well.</summary>
    private const double TextMatchScore = 0.3;

    /// <summary>
    /// <c>GET /api/search?q=</c>: regions, places and claims that match, best first, at most
    /// <see cref="Limit"/>. Regions and rivers come from the boundaries' names; towns, sites and
    /// border crossings from the gazetteer through the geocoder, so the search box knows every place
    /// in any usual spelling; claims from the store's text search (the first <see cref="Limit"/>).
    /// </summary>
    public static void MapSearchEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", async Task<Results<Ok<IReadOnlyList<SearchHit>>, ValidationProblem>> (string? q, NameSearch search, Geocoder geocoder, IClaimStore store, CancellationToken cancel) =>
        {
            if (string.IsNullOrWhiteSpace(q) || q.Length > ClaimFilterParser.MaxTextLength)
            {
                return Problems.Invalid([new FieldProblem("q", $"give a name of 1 to {ClaimFilterParser.MaxTextLength} characters to search for")]);
            }

            var places = geocoder.Geocode(q, limit: 10)
                .Where(c => c.Place.Kind is not (PlaceKinds.Country or PlaceKinds.Admin1))
                .Select(c => new SearchHit("place", c.Place.Id, c.Place.Name, c.Matched, c.Score, [c.Place.Lon, c.Place.Lat, c.Place.Lon, c.Place.Lat]));
            IReadOnlyList<SearchHit> merged = [.. search.Find(q, Limit).Concat(places).Concat(await ClaimHitsAsync(store, q, cancel)).OrderByDescending(h => h.Score).Take(Limit)];
            return TypedResults.Ok(merged);
        });

    private static async Task<IEnumerable<SearchHit>> ClaimHitsAsync(IClaimStore store, string q, CancellationToken cancel)
    {
        if (ClaimSearchKey.Terms(q).Count == 0)
        {
            return [];
        }

        var page = await store.PageAsync(new ClaimFilter { Text = q }, null, Limit, cancel);
        return page.Claims.Select(claim =>
        {
            var envelope = claim.Geometry.EnvelopeInternal;
            var score = Math.Max(NameSearch.ScoreName(q, claim.Data.Title), TextMatchScore);
            return new SearchHit("claim", claim.Id, claim.Data.Title, claim.Data.Title, score, [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY]);
        });
    }
}
