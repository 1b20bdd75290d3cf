using System.Globalization;
using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Storage;
using BorderMap.Storage.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// Reading events: <c>GET /api/events</c> pages them in creation order (<c>limit</c>, default 50, at
/// most <see cref="IEventStore.MaxPageSize"/>; <c>cursor</c> from the page's <c>next</c>; <c>bbox</c>
/// minLon,minLat,maxLon,maxLat for those whose claims' box meets it, indexed; <c>from</c> and <c>to</c>, inclusive
/// YYYY-MM-DD, for those whose span meets those days, as the map's playback asks; <c>status</c> reported,
/// corroborated, disputed, comma-separated, for those whose status, override or derived, is one of them),
/// each with what it derives and the point of its derived place; <c>GET /api/events/{id}</c> adds the
/// agreement per attribute and the claims side by side, with the version as ETag; <c>GET /api/events/{id}/history</c> lists every change;
/// <c>GET /api/claims/{id}/event-suggestions</c> names the claim's event and the events it may belong to.
/// </summary>
internal static class EventEndpoints
{
    public const int DefaultLimit = 50;

    private static readonly string[] PageParameters = ["limit", "cursor", "bbox", "from", "to", "status"];

    public static string ETag(Core.Events.ClaimEvent e) => string.Create(CultureInfo.InvariantCulture, $"\"{e.Version}\"");

    public static void MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/events", async Task<IResult> (HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var problems = QueryParameters.Unknown(request, PageParameters);
            var limit = QueryParameters.Limit(request, DefaultLimit, IEventStore.MaxPageSize, problems);
            long? after = null;
            if (QueryParameters.Value(request, "cursor") is { } cursorText)
            {
                after = EventDraftReader.TryParseCursor(cursorText, out var position) ? position : null;
                if (after is null)
                {
                    problems.Add(new FieldProblem("cursor", $"'{cursorText}' is not a cursor; pass the next member of the previous page as it is"));
                }
            }

            var box = Core.Queries.ClaimFilterParser.ParseBoundingBox(QueryParameters.Value(request, "bbox"), problems);
            var (from, to) = Core.Queries.ClaimFilterParser.ParseDates(name => QueryParameters.Value(request, name), problems);
            var statuses = Core.Queries.ClaimFilterParser.ParseList("status", QueryParameters.Value(request, "status"), ClaimVocabulary.Statuses, problems);
            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            var page = await Events(store).EventPageAsync(after, limit, box, from, to, statuses, cancel);
            return TypedResults.Json(new JsonObject
            {
                ["events"] = new JsonArray([.. page.Events.Select(EventJsonWriter.Summary)]),
                ["next"] = page.Next is { } next ? EventDraftReader.Cursor(next) : null,
            });
        });

        routes.MapGet("/api/events/{id}", async Task<IResult> (string id, IClaimStore store, HttpResponse response, CancellationToken cancel) =>
        {
            if (await Events(store).FindEventAsync(id, cancel) is not { } found)
            {
                return Problems.NotFound("event", id);
            }

            response.Headers.ETag = ETag(found.Event);
            return TypedResults.Json(EventJsonWriter.Detail(found));
        });

        routes.MapGet("/api/events/{id}/history", async Task<IResult> (string id, IClaimStore store, CancellationToken cancel) =>
        {
            var history = await Events(store).EventHistoryAsync(id, cancel);
            return history.Count == 0
                ? Problems.NotFound("event", id)
                : TypedResults.Ok(history.Select(h => new ClaimEndpoints.HistoryEntry(h.Version, h.At, h.Actor, h.Action.ToString().ToLowerInvariant(), h.OldValue, h.NewValue)));
        });

        routes.MapGet("/api/claims/{id}/event-suggestions", async Task<IResult> (string id, IClaimStore store, CancellationToken cancel) =>
        {
            try
            {
                var suggestions = await Events(store).SuggestEventsAsync(id, cancel);
                return TypedResults.Json(new JsonObject
                {
                    ["event"] = await Events(store).EventOfClaimAsync(id, cancel),
                    ["suggestions"] = new JsonArray([.. suggestions.Select(EventJsonWriter.Suggestion)]),
                });
            }
            catch (ClaimNotFoundException)
            {
                return Problems.NotFound("claim", id);
            }
        });
    }

    /// <summary>Every store backend keeps events (<see cref="SqlClaimStore"/>).</summary>
    public static IEventStore Events(IClaimStore store) => (IEventStore)store;
}
