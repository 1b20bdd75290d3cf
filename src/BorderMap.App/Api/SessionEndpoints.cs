using BorderMap.App.Access;
using BorderMap.Core.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// Who the web map is signed in as. <c>GET /api/session</c> answers with the caller (401 when a
/// shared server has no token from it); <c>POST /api/session {"token": "…"}</c> checks a token
/// and starts a server-side session whose id goes into the session cookie; <c>DELETE /api/session</c>
/// ends it and signs out.
/// </summary>
internal static class SessionEndpoints
{
    /// <summary>The signed-in caller: <c>shared</c> tells the map whether sign-in exists at all; <c>name</c> is null for the local user.</summary>
    public sealed record Session(bool Shared, string? Name, string Role);

    public sealed record SignIn(string? Token);

    public static void MapSessionEndpoints(this IEndpointRouteBuilder routes, TokenRegistry? tokens)
    {
        routes.MapGet(AccessControl.SessionPath, Results<Ok<Session>, ProblemHttpResult> (HttpContext context) =>
            context.FindCaller() is { } caller ? TypedResults.Ok(Describe(caller, tokens)) : NotSignedIn("Sign in with an access token to use this BorderMap."));

        routes.MapPost(AccessControl.SessionPath, Results<Ok<Session>, ProblemHttpResult, ValidationProblem> (SignIn body, HttpContext context, SessionStore sessions) =>
        {
            if (tokens is null)
            {
                return Problems.Invalid([new FieldProblem("token", "this BorderMap serves one local user and has no tokens; there is nothing to sign in to")]);
            }

            if (string.IsNullOrWhiteSpace(body.Token))
            {
                return Problems.Invalid([new FieldProblem("token", "enter the access token you were given")]);
            }

            if (tokens.Find(body.Token.Trim(), byCookie: true) is not { } caller)
            {
                return NotSignedIn("That access token is not known here: it is mistyped, or it has been revoked.");
            }

            if (context.Request.Cookies.TryGetValue(SessionCookie.Name, out var previous))
            {
                sessions.End(previous); // signing in again replaces the session rather than adding one
            }

            SessionCookie.Set(context, sessions.Start(AccessToken.Hash(body.Token.Trim())));
            return TypedResults.Ok(Describe(caller, tokens));
        });

        routes.MapDelete(AccessControl.SessionPath, (HttpContext context, SessionStore sessions) =>
        {
            if (context.Request.Cookies.TryGetValue(SessionCookie.Name, out var sessionId))
            {
                sessions.End(sessionId);
            }

            SessionCookie.Clear(context);
            return TypedResults.NoContent();
        });
    }

    private static Session Describe(Caller caller, TokenRegistry? tokens) => new(tokens is not null, caller.Name, AccessToken.RoleName(caller.Role));

    private static ProblemHttpResult NotSignedIn(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required", detail: detail);
}
