using BorderMap.Core.Claims;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class SearchEndpoints
{
    private const int Limit = 20;

    /// <summary>
    /// <c>GET /api/search?q=</c>: regions, claims and places whose names match, best first. Regions
    /// and claims come from the loaded data; towns, sites and border crossings from the gazetteer
    /// through the geocoder, so the search box knows every place in any usual spelling.
    /// </summary>
    public static void MapSearchEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", Results<Ok<IReadOnlyList<SearchHit>>, ValidationProblem> (string? q, NameSearch search, Geocoder geocoder) =>
        {
            if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
            {
                return Problems.Invalid([new FieldProblem("q", "give a name of 1 to 200 characters to search for")]);
            }

            var hits = search.Find(q, Limit);
            var places = geocoder.Geocode(q, limit: 10)
                .Where(c => c.Place.Kind is not (PlaceKinds.Country or PlaceKinds.Admin1))
                .Where(c => !hits.Any(h => h.Kind == "place" && h.Name == c.Place.Name))
                .Select(c => new SearchHit("place", c.Place.Id, c.Place.Name, c.Matched, c.Score, [c.Place.Lon, c.Place.Lat, c.Place.Lon, c.Place.Lat]));
            IReadOnlyList<SearchHit> merged = [.. hits.Concat(places).OrderByDescending(h => h.Score).Take(Limit)];
            return TypedResults.Ok(merged);
        });
}
