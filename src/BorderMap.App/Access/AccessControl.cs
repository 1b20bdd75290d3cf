using Microsoft.Net.Http.Headers;

namespace BorderMap.App.Access;

/// <summary>
/// Decides who may use the API. Without a token file BorderMap serves one local user, who may do
/// everything. With one, every request that reaches an endpoint needs a token, sent as
/// <c>Authorization: Bearer …</c> or in the cookie the web map sets on sign-in: without one it
/// gets 401, a reader's change gets 403. Deciding by the matched endpoint rather than by path
/// means no spelling of a URL (routes ignore case) and no route added later slips past. The web
/// map's own files are no endpoints and go to anyone (they hold no data), so the sign-in page can
/// load; <c>/api/session</c> is how it signs in and out.
/// </summary>
internal static class AccessControl
{
    public const string SessionPath = "/api/session";

    public static IApplicationBuilder UseAccessControl(this IApplicationBuilder app, TokenRegistry? tokens) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (context.GetEndpoint() is not RouteEndpoint endpoint)
        {
            await next(context);
            return;
        }

        if (tokens is { Unusable: true })
        {
            // The details (file, line, holders' names) went to the server's log when the file changed; not to strangers.
            await Refusal.Send(context, StatusCodes.Status503ServiceUnavailable, "Token file unusable", "This BorderMap's token file has an error, so nobody is let in until whoever runs it fixes the file; the server's log names the problem.");
            return;
        }

        var caller = tokens is null ? Caller.LocalUser : Authenticate(request, tokens, context.RequestServices.GetRequiredService<SessionStore>());
        if (caller is not null)
        {
            context.SetCaller(caller);
        }

        // Signing in and out is open to anyone; the session endpoints check the caller themselves.
        if (endpoint.RoutePattern.RawText == SessionPath)
        {
            await next(context);
        }
        else if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"BorderMap\"";
            await Refusal.Send(context, StatusCodes.Status401Unauthorized, "Sign-in required", AnonymousDetail(request));
        }
        else if (Refusal.Changes(request) && !caller.CanEdit)
        {
            await Refusal.Send(
                context,
                StatusCodes.Status403Forbidden,
                "Read-only token",
                $"'{caller.Name}' has a read-only token: it can view the map and claims but not change them. Ask whoever runs this BorderMap for an editor token.");
        }
        else
        {
            await next(context);
        }
    });

    private static Caller? Authenticate(HttpRequest request, TokenRegistry tokens, SessionStore sessions)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? tokens.Find(header[7..].Trim(), byCookie: false) : null;
        }

        if (!request.Cookies.TryGetValue(SessionCookie.Name, out var sessionId) || sessions.TokenOf(sessionId) is not { } tokenSha256)
        {
            return null;
        }

        var caller = tokens.FindByHash(tokenSha256, byCookie: true);
        if (caller is null && !tokens.Unusable)
        {
            sessions.End(sessionId); // the token was revoked: its sessions end with it, and stay ended if it comes back
        }

        return caller;
    }

    private static string AnonymousDetail(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.Length == 0 && !request.Cookies.ContainsKey(SessionCookie.Name)
            ? "This BorderMap is shared and needs an access token: send it as 'Authorization: Bearer <token>', or sign in on the map's page."
            : header.Length > 0 && !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? $"The Authorization header must be 'Bearer <token>', not '{HeaderNames.Authorization}: {header.Split(' ')[0]} …'."
                : header.Length > 0 ? "The access token is not known here: it is mistyped, or it has been revoked."
                : "The sign-in session has ended (signed out, expired, the server restarted or the token was revoked); sign in again on the map's page.";
    }
}
