namespace BorderMap.App.Access;

/// <summary>
/// The cookie the web map keeps its token in after signing in. HttpOnly, so page scripts never
/// read it; SameSite=Strict, so no other site's page sends it; Secure whenever the request came
/// over HTTPS.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "bordermap_token";

    public static void Set(HttpContext context, string secret) =>
        context.Response.Cookies.Append(Name, secret, Options(context, TimeSpan.FromDays(30)));

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, Options(context, maxAge: null));

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        MaxAge = maxAge,
    };
}
