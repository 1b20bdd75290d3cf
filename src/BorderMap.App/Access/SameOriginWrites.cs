namespace BorderMap.App.Access;

/// <summary>
/// Refuses state-changing requests that a browser sends on behalf of another site: their
/// <c>Origin</c> header must be this server's own origin. Serving one local user, that origin
/// must also be a loopback name, so a page elsewhere cannot change claims through the user's
/// browser even by DNS rebinding (which makes the Host header match but not the loopback name).
/// Shared with tokens, any host name of this server is its own (the token keeps strangers out),
/// and the scheme is not compared, because a TLS proxy in front makes the page https while the
/// request reaching us is http. Requests without <c>Origin</c> come from non-browser clients such
/// as curl and pass, unless they are signed in by the web map's cookie: a browser always names
/// the origin of a change, so a cookie without one is not our page.
/// </summary>
internal static class SameOriginWrites
{
    private static readonly HashSet<string> LoopbackHosts = new(StringComparer.OrdinalIgnoreCase) { "127.0.0.1", "localhost", "[::1]", "::1" };

    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app, bool shared) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (!Refusal.Changes(request) || IsOwnOrigin(request, origin, shared))
        {
            await next(context);
        }
        else if (origin.Length == 0)
        {
            if (context.FindCaller() is { ByCookie: true })
            {
                await Refusal.Send(context, StatusCodes.Status403Forbidden, "Cross-origin request refused", "A change signed in by the map's cookie must come from a page of this BorderMap, and this one names no Origin.");
            }
            else
            {
                await next(context);
            }
        }
        else
        {
            await Refusal.Send(
                context,
                StatusCodes.Status403Forbidden,
                "Cross-origin request refused",
                $"Changes are accepted only from pages served by this BorderMap ({request.Scheme}://{request.Host}), not from '{origin}'.");
        }
    });

    private static bool IsOwnOrigin(HttpRequest request, string origin, bool shared) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && (shared || (LoopbackHosts.Contains(uri.Host) && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)));
}
