namespace BorderMap.App.Access;

/// <summary>
/// Refuses every request whose Host header is not one of this server's names (see
/// <see cref="AllowedHosts"/>) with 421 Misdirected Request, before anything else runs: a page that
/// reached this server by DNS rebinding reads and changes nothing, not even the web map's files.
/// </summary>
internal static class HostCheck
{
    public static IApplicationBuilder UseHostCheck(this IApplicationBuilder app, ServerOptions options)
    {
        var allowed = new AllowedHosts(options);
        return app.Use(async (context, next) =>
        {
            var host = context.Request.Host;
            if (allowed.Admit(host))
            {
                await next(context);
                return;
            }

            var named = host.HasValue ? $"'{host.Value}'" : "no host";
            await Refusal.Send(
                context,
                StatusCodes.Status421MisdirectedRequest,
                "Unknown host name",
                $"This request names {named} in its Host header; this BorderMap answers to {allowed.Describe()}. A page on another name may be trying to reach it through your browser (DNS rebinding).");
        });
    }
}
