using System.Text.Json;
using BorderMap.App.Access;
using BorderMap.Core.Claims;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// The quotes re-anchored into a source version (<see cref="QuoteAnchor"/>) and their review:
/// <c>GET /api/sources/{id}/anchors?limit&amp;cursor</c> pages them by claim id (<c>next</c> is the
/// cursor of the following page); <c>POST /api/sources/{id}/anchors/{claimId}</c> with
/// <c>{"decision": "accept" | "reject"}</c> decides a fuzzy one.
/// </summary>
internal static class SourceVersionEndpoints
{
    private const int DefaultLimit = 200;

    public sealed record AnchorView(
        string ClaimId,
        string FromSource,
        string ToSource,
        string Status,
        Quote OldQuote,
        Quote? NewQuote,
        double Similarity,
        DateTimeOffset At,
        bool AwaitsReview,
        string? Review,
        string? ReviewedBy,
        DateTimeOffset? ReviewedAt);

    public sealed record AnchorPage(IReadOnlyList<AnchorView> Anchors, string? Next);

    public static void MapSourceVersionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/sources/{id}/anchors", async Task<Results<Ok<AnchorPage>, ProblemHttpResult, ValidationProblem>> (string id, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var problems = QueryParameters.Unknown(request, ["limit", "cursor"]);
            var limit = QueryParameters.Limit(request, DefaultLimit, QuoteAnchor.MaxPageSize, problems);
            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            if (await store.FindSourceAsync(id, cancel) is null)
            {
                return Problems.NotFound("source", id);
            }

            var anchors = await store.AnchorsAsync(id, QueryParameters.Value(request, "cursor"), limit, cancel);
            return TypedResults.Ok(new AnchorPage([.. anchors.Select(View)], anchors.Count == limit ? anchors[^1].ClaimId : null));
        });

        routes.MapPost("/api/sources/{id}/anchors/{claimId}", async Task<Results<Ok<AnchorView>, ProblemHttpResult, ValidationProblem>> (string id, string claimId, HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var (review, problem) = await ReadDecisionAsync(request, cancel);
            if (review is null)
            {
                return Problems.Invalid([problem!]);
            }

            try
            {
                return TypedResults.Ok(View(await store.ReviewAnchorAsync(id, claimId, review.Value, request.HttpContext.Caller().Name, cancel)));
            }
            catch (AnchorNotFoundException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown anchor", detail: $"Source '{id}' has no re-anchored quote of claim '{claimId}'.");
            }
            catch (StoreValidationException e)
            {
                return Problems.Invalid(e.Problems);
            }
        });
    }

    private static async Task<(AnchorReview? Review, FieldProblem? Problem)> ReadDecisionAsync(HttpRequest request, CancellationToken cancel)
    {
        var (document, malformed) = await JsonInput.ParseAsync(request.Body, "body", cancel);
        if (document is null)
        {
            return (null, malformed);
        }

        using (document)
        {
            var decision = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("decision", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
            return decision switch
            {
                "accept" => (AnchorReview.Accepted, null),
                "reject" => (AnchorReview.Rejected, null),
                _ => (null, new FieldProblem("decision", "give \"accept\" or \"reject\"")),
            };
        }
    }

    private static AnchorView View(QuoteAnchor a) => new(
        a.ClaimId,
        a.FromSource,
        a.ToSource,
        a.Status.ToString().ToLowerInvariant(),
        a.OldQuote,
        a.NewQuote,
        a.Similarity,
        a.At,
        a.AwaitsReview,
        a.Review?.ToString().ToLowerInvariant(),
        a.ReviewedBy,
        a.ReviewedAt);
}
