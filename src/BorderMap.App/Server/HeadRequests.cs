namespace BorderMap.App.Server;

/// <summary>
/// Answers HEAD on every GET route as GET would, without the body (RFC 9110 §9.3.2), instead of
/// 405: minimal API routes match GET only. The request runs as GET through routing and the
/// endpoint; Kestrel knows it as HEAD from the request line and sends no body (and does not
/// check the body against Content-Length). The method is set back to HEAD as the response
/// starts, for anything that logs it. Must run before routing.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
            context.Response.OnStarting(() =>
            {
                request.Method = HttpMethods.Head;
                return Task.CompletedTask;
            });
        }

        return next(context);
    });
}
