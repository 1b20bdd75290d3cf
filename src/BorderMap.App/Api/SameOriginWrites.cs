namespace BorderMap.App.Api;

/// <summary>
/// Refuses state-changing requests (anything but GET, HEAD and OPTIONS) that a browser sends on
/// behalf of another site: their <c>Origin</c> header must be this server's own origin, on a
/// loopback host. A page elsewhere cannot then create, change or delete claims through the
/// user's browser, not even by DNS rebinding (which makes the Host header match but not the
/// loopback name). Requests without <c>Origin</c> come from non-browser clients such as curl or
/// the test client and pass.
/// </summary>
internal static class SameOriginWrites
{
    private static readonly HashSet<string> LoopbackHosts = new(StringComparer.OrdinalIgnoreCase) { "127.0.0.1", "localhost", "[::1]" };

    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || request.Headers.Origin.Count == 0 || IsOwnOrigin(request))
        {
            await next(context);
            return;
        }

        await TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-origin request refused",
            detail: $"Changes are accepted only from pages served by this BorderMap ({request.Scheme}://{request.Host}), not from '{request.Headers.Origin}'.")
            .ExecuteAsync(context);
    });

    private static bool IsOwnOrigin(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
        && LoopbackHosts.Contains(origin.Host.Contains(':', StringComparison.Ordinal) ? $"[{origin.Host}]" : origin.Host)
        && string.Equals(origin.GetLeftPart(UriPartial.Authority), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
