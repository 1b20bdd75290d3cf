using System.Globalization;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class ClaimEndpoints
{
    /// <summary>The page <c>GET /api/claims</c> answers without a <c>limit</c>.</summary>
    public const int DefaultLimit = 500;

    /// <summary>One change in <c>GET /api/claims/{id}/history</c>: the version it made, when, by whom, and the claim before and after (GeoJSON features).</summary>
    public sealed record HistoryEntry(int Version, DateTimeOffset At, string? Actor, string Action, JsonObject? OldValue, JsonObject? NewValue);

    /// <summary>
    /// <c>GET /api/claims</c> returns one page of the claims matching the query's filters (see
    /// <see cref="ClaimFilterParser"/>), in creation order or the <c>sort</c> given (<see cref="ClaimSort"/>), as GeoJSON, whole or, with
    /// <c>fields=marker</c>, as lean markers (<see cref="MarkerWriter"/>): at most <c>limit</c>
    /// (default <see cref="DefaultLimit"/>, at most <see cref="IClaimStore.MaxPageSize"/>), with the
    /// <c>next</c> cursor to pass as <c>cursor</c> for the following page. No answer is the whole store.
    /// <c>source</c> keeps the claims that quote that source (the source reader's numbered quotes).
    /// <c>GET /api/claims/{id}</c> returns one claim with its version as the ETag that edits send back
    /// in <c>If-Match</c>; <c>GET /api/claims/{id}/history</c> lists every change to it, deletes included.
    /// </summary>
    public static void MapClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/claims", async Task<Results<PushStreamHttpResult, ValidationProblem>> (HttpRequest request, ClaimFilterParser parser, IClaimStore store, CancellationToken cancel) =>
        {
            var (filter, problems) = QueryParameters.ReadFilter(request, parser, "fields", "limit", "cursor", "source", "sort");
            var fields = QueryParameters.Value(request, "fields") ?? "full";
            if (fields is not ("full" or "marker"))
            {
                problems.Add(new FieldProblem("fields", $"'{fields}' is not full or marker"));
            }

            var limit = ParseLimit(QueryParameters.Value(request, "limit"), problems);
            var sort = ParseSort(QueryParameters.Value(request, "sort"), problems);
            var cursor = ParseCursor(QueryParameters.Value(request, "cursor"), sort, problems);
            if (filter is null || problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            // Only this list reads the source criterion: the source reader's quotes, a page at a time.
            if (QueryParameters.Value(request, "source") is { Length: > 0 } source)
            {
                filter = filter with { Source = source };
            }

            return fields == "marker"
                ? ClaimPageWriter.Markers(await store.PageAsync(filter, sort, cursor, limit, cancel))
                : ClaimPageWriter.Features(await store.JsonPageAsync(filter, sort, cursor, limit, cancel));
        });

        routes.MapGet("/api/claims/{id}", async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> (string id, IClaimStore store, AreaCatalog areas, HttpResponse response, CancellationToken cancel) =>
        {
            if (await store.FindClaimAsync(id, cancel) is not { } claim)
            {
                return Problems.NotFound("claim", id);
            }

            response.Headers.ETag = ClaimWriteEndpoints.ETag(claim);
            return GeoJsonWriter.Result(GeoJsonWriter.Feature(claim, areas));
        });

        routes.MapGet("/api/claims/{id}/history", async Task<Results<Ok<IEnumerable<HistoryEntry>>, ProblemHttpResult>> (string id, IClaimStore store, CancellationToken cancel) =>
        {
            var history = await store.HistoryAsync(id, cancel);
            return history.Count == 0
                ? Problems.NotFound("claim", id)
                : TypedResults.Ok(history.Select(h => new HistoryEntry(h.Version, h.At, h.Actor, h.Action.ToString().ToLowerInvariant(), h.OldValue, h.NewValue)));
        });
    }

    private static int ParseLimit(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return DefaultLimit;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= IClaimStore.MaxPageSize)
        {
            return limit;
        }

        problems.Add(new FieldProblem("limit", $"'{text}' is not a whole number from 1 to {IClaimStore.MaxPageSize}"));
        return DefaultLimit;
    }

    private static ClaimSort ParseSort(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return ClaimSort.Created;
        }

        if (ClaimSort.TryParse(text, out var sort))
        {
            return sort;
        }

        problems.Add(new FieldProblem("sort", $"'{text}' is not a sort; use one of {string.Join(", ", ClaimSort.FieldNames)}, with a leading - for descending (not created)"));
        return ClaimSort.Created;
    }

    private static ClaimCursor? ParseCursor(string? text, ClaimSort sort, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (ClaimCursor.TryParse(text, out var cursor))
        {
            if (cursor.Sort == sort)
            {
                return cursor;
            }

            problems.Add(new FieldProblem("cursor", $"the cursor belongs to the sort '{cursor.Sort}', not '{sort}'; start again without a cursor"));
            return null;
        }

        problems.Add(new FieldProblem("cursor", $"'{text}' is not a cursor; pass the next member of the previous page as it is"));
        return null;
    }
}
