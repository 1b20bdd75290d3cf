namespace BorderMap.App.Server;

/// <summary>
/// Headers on every response (page, API, static file, error) that tell the browser how little the
/// app needs. The content security policy allows only this origin: the map is offline by design
/// and data is never executed as markup. <c>style-src 'unsafe-inline'</c> stays because
/// OpenLayers and the panels position elements with inline styles; scripts get no such exception.
/// <c>frame-ancestors 'none'</c> and <c>X-Frame-Options: DENY</c> keep other sites from framing the
/// map, where a disguised click could delete a claim (clickjacking); <c>nosniff</c> keeps an
/// uploaded text from being run as script; <c>no-referrer</c> keeps the map's URLs, which carry the
/// analyst's filters, from leaking to any link followed; <c>Cross-Origin-Resource-Policy</c> keeps
/// other sites' pages from embedding the API's answers.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set as the response starts, so that no middleware that resets headers on an error can drop them.
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
