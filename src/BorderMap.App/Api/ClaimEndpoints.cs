using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class ClaimEndpoints
{
    /// <summary>One change in <c>GET /api/claims/{id}/history</c>: the version it made, when, by whom, and the claim before and after (GeoJSON features).</summary>
    public sealed record HistoryEntry(int Version, DateTimeOffset At, string? Actor, string Action, JsonObject? OldValue, JsonObject? NewValue);

    /// <summary>
    /// <c>GET /api/claims</c> returns the claims matching the query's filters (see
    /// <see cref="ClaimFilterParser"/>) as GeoJSON, whole or, with <c>fields=marker</c>, as lean
    /// markers (<see cref="MarkerWriter"/>); <c>GET /api/claims/{id}</c> returns one claim
    /// with its version as the ETag that edits send back in <c>If-Match</c>;
    /// <c>GET /api/claims/{id}/history</c> lists every change to it, deletes included.
    /// </summary>
    public static void MapClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/claims", async Task<Results<JsonHttpResult<JsonObject>, PushStreamHttpResult, ValidationProblem>> (HttpRequest request, ClaimFilterParser parser, ClaimCatalog catalog, CancellationToken cancel) =>
        {
            string[] known = [.. ClaimFilterParser.ParameterNames, "fields"];
            var unknown = request.Query.Keys.Except(known, StringComparer.Ordinal)
                .Select(k => new FieldProblem(k, $"unknown parameter; use {string.Join(", ", known)}"))
                .ToList();
            var fields = request.Query["fields"].LastOrDefault() ?? "full";
            if (fields is not ("full" or "marker"))
            {
                unknown.Add(new FieldProblem("fields", $"'{fields}' is not full or marker"));
            }

            var (filter, problems) = parser.Parse(name => request.Query[name].LastOrDefault());
            if (filter is null || unknown.Count > 0)
            {
                return Problems.Invalid([.. unknown, .. problems]);
            }

            var claims = await catalog.QueryAsync(filter, cancel);
            return fields == "marker"
                ? MarkerWriter.Result(claims)
                : GeoJsonWriter.Result(GeoJsonWriter.Collection(claims.Select(GeoJsonWriter.Feature)));
        });

        routes.MapGet("/api/claims/{id}", async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> (string id, ClaimCatalog catalog, HttpResponse response, CancellationToken cancel) =>
        {
            if (await catalog.FindClaimAsync(id, cancel) is not { } claim)
            {
                return Problems.NotFound("claim", id);
            }

            response.Headers.ETag = ClaimWriteEndpoints.ETag(claim);
            return GeoJsonWriter.Result(GeoJsonWriter.Feature(claim));
        });

        routes.MapGet("/api/claims/{id}/history", async Task<Results<Ok<IEnumerable<HistoryEntry>>, ProblemHttpResult>> (string id, ClaimCatalog catalog, CancellationToken cancel) =>
        {
            var history = await catalog.Store.HistoryAsync(id, cancel);
            return history.Count == 0
                ? Problems.NotFound("claim", id)
                : TypedResults.Ok(history.Select(h => new HistoryEntry(h.Version, h.At, h.Actor, h.Action.ToString().ToLowerInvariant(), h.OldValue, h.NewValue)));
        });
    }
}
