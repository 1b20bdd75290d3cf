using System.CommandLine;
using System.Net;
using BorderMap.App.Access;

namespace BorderMap.App.Cli;

/// <summary>
/// The options of <c>bordermap serve</c> for running behind a proxy or under a DNS name:
/// <c>--trusted-proxy ADDRESS</c>, whose X-Forwarded-Proto/For are believed, and
/// <c>--allowed-host NAME</c>, the names a shared server answers to besides its IP addresses.
/// </summary>
internal static class ServeNetworkOptions
{
    public static Option<string?> TrustedProxy()
    {
        var option = new Option<string?>("--trusted-proxy")
        {
            Description = "IP address of the TLS proxy in front; only its X-Forwarded-Proto and X-Forwarded-For are believed (the session cookie is then Secure behind it).",
        };
        option.Validators.Add(r =>
        {
            if (!IPAddress.TryParse(r.GetValueOrDefault<string?>(), out _))
            {
                r.AddError($"--trusted-proxy takes the proxy's IP address, such as 127.0.0.1, not '{r.GetValueOrDefault<string?>()}'.");
            }
        });
        return option;
    }

    public static Option<string[]> AllowedHosts()
    {
        var option = new Option<string[]>("--allowed-host")
        {
            Description = "A host name a shared server answers to, e.g. the proxy's public name (repeat for more). IP addresses and this machine's name always work.",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(r =>
        {
            foreach (var name in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (Uri.CheckHostName(name) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
                {
                    r.AddError($"--allowed-host takes a host name such as map.example.org, without scheme or port, not '{name}'.");
                }
            }
        });
        return option;
    }

    public static ServerOptions Apply(ServerOptions options, string? trustedProxy, string[]? allowedHosts) => options with
    {
        TrustedProxy = trustedProxy is null ? null : IPAddress.Parse(trustedProxy),
        AllowedHosts = allowedHosts ?? [],
    };
}
