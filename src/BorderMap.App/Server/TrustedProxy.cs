using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BorderMap.App.Server;

/// <summary>
/// Behind a TLS proxy (<c>serve --trusted-proxy ADDRESS</c>), believes the proxy's
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, so a request the browser sent over HTTPS is
/// HTTPS here (and the session cookie is Secure) and the client's own address is known. Only a
/// request that comes from that address is believed, one hop deep: anyone else could forge the
/// headers. <c>X-Forwarded-Host</c> is never believed, so the Host check sees what the proxy sends.
/// </summary>
internal static class TrustedProxy
{
    public static IApplicationBuilder UseTrustedProxy(this IApplicationBuilder app, IPAddress? proxy)
    {
        if (proxy is null)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };

        // The defaults trust loopback; only the configured proxy is trusted, in both the forms a dual-stack socket may report it.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Add(proxy);
        options.KnownProxies.Add(proxy.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? proxy.MapToIPv6() : proxy);
        return app.UseForwardedHeaders(options);
    }
}
