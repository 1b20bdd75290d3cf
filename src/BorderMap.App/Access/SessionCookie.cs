namespace BorderMap.App.Access;

/// <summary>
/// The cookie the web map keeps its session id in after signing in (see <see cref="SessionStore"/>;
/// never the token itself). HttpOnly, so page scripts never read it; SameSite=Strict, so no other
/// site's page sends it; Secure whenever the request came over HTTPS, which behind a TLS proxy
/// needs <c>serve --trusted-proxy</c> so that the proxy's X-Forwarded-Proto is believed.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "bordermap_session";

    /// <summary>The cookie of earlier versions, which held the raw token for 30 days; removed wherever it is still sent.</summary>
    private const string LegacyName = "bordermap_token";

    public static void Set(HttpContext context, string sessionId)
    {
        context.Response.Cookies.Append(Name, sessionId, Options(context, SessionStore.Lifetime));
        ClearLegacy(context);
    }

    public static void Clear(HttpContext context)
    {
        context.Response.Cookies.Delete(Name, Options(context, maxAge: null));
        ClearLegacy(context);
    }

    private static void ClearLegacy(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(LegacyName))
        {
            context.Response.Cookies.Delete(LegacyName, Options(context, maxAge: null));
        }
    }

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        MaxAge = maxAge,
    };
}
