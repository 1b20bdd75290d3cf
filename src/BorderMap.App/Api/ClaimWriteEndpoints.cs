using System.Globalization;
using BorderMap.App.Access;
using System.Text.Json.Nodes;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// Creating, editing and deleting claims. Bodies are GeoJSON features shaped like those of
/// <c>GET /api/claims</c> (see <see cref="ClaimFeatureReader"/>). Edits and deletes name the
/// version they change in <c>If-Match: "N"</c> (the claim's ETag): without it they get 428, and
/// on a stale version 412 with the current version and claim, so no edit is lost silently.
/// </summary>
internal static class ClaimWriteEndpoints
{
    public static string ETag(Claim claim) => string.Create(CultureInfo.InvariantCulture, $"\"{claim.Data.Version}\"");

    public static void MapClaimWriteEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/claims", async Task<IResult> (HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (draft, problem) = await ReadDraftAsync(request, routeId: null, cancel);
            if (draft is null)
            {
                return problem!;
            }

            try
            {
                var claim = await store.CreateClaimAsync(draft, request.HttpContext.Caller().Name, cancel);
                request.HttpContext.Response.Headers.Location = $"/api/claims/{claim.Id}";
                return Feature(claim, request.HttpContext.Response, StatusCodes.Status201Created);
            }
            catch (StoreValidationException e)
            {
                return Problems.Invalid(e.Problems);
            }
            catch (ClaimConflictException e)
            {
                return Conflict(e, StatusCodes.Status409Conflict, request.HttpContext.Response);
            }
        });

        routes.MapPut("/api/claims/{id}", async Task<IResult> (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (version, precondition) = ExpectedVersion(request);
            if (version is null)
            {
                return precondition!;
            }

            var (draft, problem) = await ReadDraftAsync(request, id, cancel);
            if (draft is null)
            {
                return problem!;
            }

            return await Change(id, request.HttpContext.Response, async () =>
                Feature(await store.UpdateClaimAsync(id, version.Value, draft, request.HttpContext.Caller().Name, cancel), request.HttpContext.Response, StatusCodes.Status200OK));
        });

        routes.MapDelete("/api/claims/{id}", async Task<IResult> (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (version, precondition) = ExpectedVersion(request);
            if (version is null)
            {
                return precondition!;
            }

            return await Change(id, request.HttpContext.Response, async () =>
            {
                await store.DeleteClaimAsync(id, version.Value, request.HttpContext.Caller().Name, cancel);
                return TypedResults.NoContent();
            });
        });
    }

    private static async Task<IResult> Change(string id, HttpResponse response, Func<Task<IResult>> change)
    {
        try
        {
            return await change();
        }
        catch (StoreValidationException e)
        {
            return Problems.Invalid(e.Problems);
        }
        catch (ClaimNotFoundException)
        {
            return Problems.NotFound("claim", id);
        }
        catch (ClaimConflictException e)
        {
            return Conflict(e, StatusCodes.Status412PreconditionFailed, response);
        }
    }

    /// <summary>The version in <c>If-Match</c>, or the problem: 428 when it is missing, 400 when it is not one quoted version number.</summary>
    internal static (int? Version, IResult? Problem) ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match required",
                detail: "Send the version you edited as If-Match: \"N\" (the claim's ETag), so that a concurrent edit is not overwritten."));
        }

        var unquoted = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return unquoted.Length > 2 && unquoted[0] == '"' && unquoted[^1] == '"'
            && int.TryParse(unquoted[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (version, null)
            : (null, Problems.Invalid([new FieldProblem("If-Match", $"'{header}' is not a claim version such as \"3\"")]));
    }

    private static async Task<(ClaimDraft? Draft, IResult? Problem)> ReadDraftAsync(HttpRequest request, string? routeId, CancellationToken cancel)
    {
        var (document, malformed) = await JsonInput.ParseAsync(request.Body, "body", cancel);
        if (document is null)
        {
            return (null, Problems.Invalid([malformed!]));
        }

        using (document)
        {
            var (draft, problems) = ClaimFeatureReader.Read(document.RootElement);
            if (draft is not null && routeId is not null && draft.Id is { } bodyId && bodyId != routeId)
            {
                return (null, Problems.Invalid([new FieldProblem("id", $"the body's id '{bodyId}' differs from the URL's '{routeId}'")]));
            }

            return draft is null ? (null, Problems.Invalid(problems)) : (draft with { Id = routeId ?? draft.Id }, null);
        }
    }

    private static JsonHttpResult<JsonObject> Feature(Claim claim, HttpResponse response, int status)
    {
        response.Headers.ETag = ETag(claim);
        return TypedResults.Json(GeoJsonWriter.Feature(claim, AreasOf(response)), (System.Text.Json.JsonSerializerOptions?)null, GeoJsonWriter.ContentType, status);
    }

    private static AreaCatalog AreasOf(HttpResponse response) => response.HttpContext.RequestServices.GetRequiredService<AreaCatalog>();

    private static ProblemHttpResult Conflict(ClaimConflictException conflict, int status, HttpResponse response)
    {
        var extensions = new Dictionary<string, object?> { ["currentVersion"] = conflict.Current?.Data.Version };
        if (conflict.Current is { } current)
        {
            response.Headers.ETag = ETag(current);
            extensions["current"] = GeoJsonWriter.Feature(current, AreasOf(response));
        }

        return TypedResults.Problem(statusCode: status, title: "Version conflict", detail: conflict.Message, extensions: extensions);
    }
}
