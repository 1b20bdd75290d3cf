using System.Net;

namespace BorderMap.App.Access;

/// <summary>
/// The names a request's Host header may give, against DNS rebinding: a page on
/// <c>evil.example</c> whose name is rebound to 127.0.0.1 reaches this server from the user's own
/// browser, same-origin as far as the browser knows, but its requests still say
/// <c>Host: evil.example</c>. So serving one local user, only loopback is admitted: <c>localhost</c>,
/// 127.0.0.0/8 and <c>[::1]</c>, with any port. A shared server also admits any IP address, which
/// rebinding cannot forge (it needs a name), the machine's own host name, and the names given with
/// <c>serve --allowed-host</c> (a proxy's public name, the machine's DNS name).
/// </summary>
internal sealed class AllowedHosts
{
    private readonly bool _shared;
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };

    public AllowedHosts(ServerOptions options)
    {
        _shared = options.Tokens is not null;
        if (_shared)
        {
            _names.Add(Dns.GetHostName());
            _names.UnionWith(options.AllowedHosts);
        }
    }

    /// <summary>Whether a request with this Host header is for this server.</summary>
    public bool Admit(HostString host)
    {
        var name = host.Host;
        if (name.Length == 0)
        {
            return false;
        }

        if (IPAddress.TryParse(name.TrimStart('[').TrimEnd(']'), out var address))
        {
            return _shared || IPAddress.IsLoopback(address);
        }

        return _names.Contains(name.TrimEnd('.'));
    }

    /// <summary>What this server answers to, for the refusal's message.</summary>
    public string Describe() => _shared
        ? $"its IP addresses and {string.Join(", ", _names.Order(StringComparer.Ordinal))} (add a name with `serve --allowed-host NAME`)"
        : "loopback only: localhost, 127.0.0.1 or [::1]";
}
