using System.Text.Json;
using BorderMap.App.Access;
using BorderMap.Core.Claims;
using BorderMap.Core.Events;
using BorderMap.Storage;
using BorderMap.Storage.Events;
using BorderMap.Storage.Interchange;

namespace BorderMap.App.Api;

/// <summary>
/// Writing events, like claims: <c>POST /api/events</c> creates one; <c>PUT</c> and <c>DELETE
/// /api/events/{id}</c> need <c>If-Match</c> with its version (428 without, 412 with the current
/// event when stale). Membership changes one claim at a time, version-checked the same way:
/// <c>POST /api/events/{id}/claims</c> with <c>{"claim": id}</c> and <c>DELETE
/// /api/events/{id}/claims/{claimId}</c>. <c>POST /api/events/{id}/rejections</c> with
/// <c>{"claim": id}</c> turns a suggestion down for good.
/// </summary>
internal static class EventWriteEndpoints
{
    public static void MapEventWriteEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/events", async Task<IResult> (HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (draft, problem) = await ReadDraftAsync(request, cancel);
            return draft is null ? problem! : await Change(draft.Id ?? string.Empty, request.HttpContext.Response, async () =>
            {
                var created = await EventEndpoints.Events(store).CreateEventAsync(draft, request.HttpContext.Caller().Name, cancel);
                request.HttpContext.Response.Headers.Location = $"/api/events/{created.Id}";
                return await Answer(store, created, request.HttpContext.Response, StatusCodes.Status201Created, cancel);
            }, StatusCodes.Status409Conflict);
        });

        routes.MapPut("/api/events/{id}", async Task<IResult> (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (version, precondition) = ClaimWriteEndpoints.ExpectedVersion(request);
            if (version is null)
            {
                return precondition!;
            }

            var (draft, problem) = await ReadDraftAsync(request, cancel);
            return draft is null ? problem! : await Change(id, request.HttpContext.Response, async () =>
                await Answer(store, await EventEndpoints.Events(store).UpdateEventAsync(id, version.Value, draft, request.HttpContext.Caller().Name, cancel), request.HttpContext.Response, StatusCodes.Status200OK, cancel));
        });

        routes.MapDelete("/api/events/{id}", async Task<IResult> (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (version, precondition) = ClaimWriteEndpoints.ExpectedVersion(request);
            return version is null ? precondition! : await Change(id, request.HttpContext.Response, async () =>
            {
                await EventEndpoints.Events(store).DeleteEventAsync(id, version.Value, request.HttpContext.Caller().Name, cancel);
                return TypedResults.NoContent();
            });
        });

        routes.MapPost("/api/events/{id}/claims", (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
            ChangeMembers(id, request, store, (claims, claim) => claims.Contains(claim, StringComparer.Ordinal) ? claims : [.. claims, claim], cancel));

        routes.MapDelete("/api/events/{id}/claims/{claimId}", (string id, string claimId, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
            ChangeMembers(id, request, store, (claims, _) => [.. claims.Where(c => c != claimId)], cancel, claimId));

        routes.MapPost("/api/events/{id}/rejections", async Task<IResult> (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (claim, problem) = await ReadClaimIdAsync(request, cancel);
            if (claim is null)
            {
                return problem!;
            }

            try
            {
                await EventEndpoints.Events(store).RejectSuggestionAsync(id, claim, request.HttpContext.Caller().Name, cancel);
                return TypedResults.NoContent();
            }
            catch (EventNotFoundException)
            {
                return Problems.NotFound("event", id);
            }
            catch (ClaimNotFoundException)
            {
                return Problems.Invalid([new FieldProblem("claim", $"there is no claim '{claim}'")]);
            }
        });
    }

    /// <summary>Adds or removes one claim: the event as it is at the If-Match version, with its claim list changed, written back at that version.</summary>
    private static async Task<IResult> ChangeMembers(
        string id, HttpRequest request, IClaimStore store, Func<IReadOnlyList<string>, string, IReadOnlyList<string>> change, CancellationToken cancel, string? claimInRoute = null)
    {
        var (version, precondition) = ClaimWriteEndpoints.ExpectedVersion(request);
        if (version is null)
        {
            return precondition!;
        }

        var (claim, problem) = claimInRoute is null ? await ReadClaimIdAsync(request, cancel) : (claimInRoute, null);
        if (claim is null)
        {
            return problem!;
        }

        return await Change(id, request.HttpContext.Response, async () =>
        {
            var current = await EventEndpoints.Events(store).FindEventAsync(id, cancel) ?? throw new EventNotFoundException(id);
            var e = current.Event;
            var draft = new EventDraft(e.Id, e.Title, e.Note, change(e.ClaimIds, claim), e.StatusOverride, e.OverrideReason);
            var updated = await EventEndpoints.Events(store).UpdateEventAsync(id, version.Value, draft, request.HttpContext.Caller().Name, cancel);
            return await Answer(store, updated, request.HttpContext.Response, StatusCodes.Status200OK, cancel);
        });
    }

    private static async Task<IResult> Change(string id, HttpResponse response, Func<Task<IResult>> change, int conflictStatus = StatusCodes.Status412PreconditionFailed)
    {
        try
        {
            return await change();
        }
        catch (StoreValidationException e)
        {
            return Problems.Invalid(e.Problems);
        }
        catch (EventNotFoundException)
        {
            return Problems.NotFound("event", id);
        }
        catch (EventConflictException e)
        {
            var extensions = new Dictionary<string, object?> { ["currentVersion"] = e.Current?.Version };
            if (e.Current is { } current)
            {
                response.Headers.ETag = EventEndpoints.ETag(current);
                extensions["current"] = EventJson.Of(current);
            }

            return TypedResults.Problem(statusCode: conflictStatus, title: "Version conflict", detail: e.Message, extensions: extensions);
        }
    }

    /// <summary>The event as GET answers it, with its new version as ETag.</summary>
    private static async Task<IResult> Answer(IClaimStore store, ClaimEvent written, HttpResponse response, int status, CancellationToken cancel)
    {
        response.Headers.ETag = EventEndpoints.ETag(written);
        var stored = await EventEndpoints.Events(store).FindEventAsync(written.Id, cancel);
        return TypedResults.Json(stored is null ? EventJson.Of(written) : EventJsonWriter.Detail(stored), (JsonSerializerOptions?)null, null, status);
    }

    private static async Task<(EventDraft? Draft, IResult? Problem)> ReadDraftAsync(HttpRequest request, CancellationToken cancel)
    {
        var (document, malformed) = await JsonInput.ParseAsync(request.Body, "body", cancel);
        if (document is null)
        {
            return (null, Problems.Invalid([malformed!]));
        }

        using (document)
        {
            var (draft, problems) = EventDraftReader.Read(document.RootElement);
            return draft is null ? (null, Problems.Invalid(problems)) : (draft, null);
        }
    }

    /// <summary>The body <c>{"claim": "id"}</c>.</summary>
    private static async Task<(string? Claim, IResult? Problem)> ReadClaimIdAsync(HttpRequest request, CancellationToken cancel)
    {
        var (document, malformed) = await JsonInput.ParseAsync(request.Body, "body", cancel);
        if (document is null)
        {
            return (null, Problems.Invalid([malformed!]));
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("claim", out var claim) && claim.ValueKind == JsonValueKind.String
                ? (claim.GetString(), null)
                : (null, Problems.Invalid([new FieldProblem("claim", "give the claim's id as {\"claim\": \"…\"}")]));
        }
    }
}
