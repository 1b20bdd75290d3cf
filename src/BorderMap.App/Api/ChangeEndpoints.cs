using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// <c>GET /api/changes?after=POSITION&amp;timeout=SECONDS</c>: a long poll that answers
/// <c>{ "position": "h.s" }</c> as soon as the store has been written past <c>after</c> (by this
/// instance, another one or a command-line import), or when <c>timeout</c> (default and at most
/// <see cref="MaxTimeoutSeconds"/>) has passed, with the position then. Without <c>after</c> it
/// answers the current position at once, for a client to start from. A client that sees the
/// position move refreshes what it shows; it costs the server one waiting request per client.
/// </summary>
internal static class ChangeEndpoints
{
    /// <summary>Below the usual 30 s idle timeouts of proxies, so a waiting request is never cut off.</summary>
    public const int MaxTimeoutSeconds = 25;

    public sealed record Change(string Position);

    public static void MapChangeEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/changes", async Task<Results<Ok<Change>, ValidationProblem>> (HttpRequest request, IClaimStore store, CancellationToken cancel) =>
        {
            var problems = QueryParameters.Unknown(request, ["after", "timeout"]);
            var afterText = QueryParameters.Value(request, "after");
            StorePosition? after = null;
            if (afterText is not null)
            {
                if (PositionText.TryParse(afterText, out var parsed))
                {
                    after = parsed;
                }
                else
                {
                    problems.Add(new FieldProblem("after", $"'{afterText}' is not a store position such as 1042.3; pass the position of the previous answer"));
                }
            }

            var timeoutText = QueryParameters.Value(request, "timeout");
            var timeout = MaxTimeoutSeconds;
            if (timeoutText is not null && !(int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out timeout) && timeout <= MaxTimeoutSeconds))
            {
                problems.Add(new FieldProblem("timeout", $"'{timeoutText}' is not a whole number of seconds from 0 to {MaxTimeoutSeconds}"));
            }

            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            var position = after is { } seen
                ? await store.WaitForChangeAsync(seen, TimeSpan.FromSeconds(timeout), cancel)
                : await store.PositionAsync(cancel);
            return TypedResults.Ok(new Change(PositionText.Format(position)));
        });
}
