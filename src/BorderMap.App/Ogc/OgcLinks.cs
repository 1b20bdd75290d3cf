using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;

namespace BorderMap.App.Ogc;

/// <summary>
/// Absolute links, as OGC API clients follow them (GDAL takes a <c>next</c> href as it is): built
/// from the request's scheme and host, which <c>--trusted-proxy</c> corrects behind a TLS proxy.
/// </summary>
internal static class OgcLinks
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

    /// <summary>The root of the OGC API: its landing page.</summary>
    public const string Root = "/api/ogc";

    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Root}";

    public static JsonObject Link(string href, string rel, string type, string title) =>
        new() { ["href"] = href, ["rel"] = rel, ["type"] = type, ["title"] = title };

    /// <summary>This request's URL with <paramref name="name"/> set to <paramref name="value"/> and every other parameter kept.</summary>
    public static string WithParameter(HttpRequest request, string name, string value)
    {
        var query = new QueryBuilder(request.Query.Where(p => p.Key != name).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))))
        {
            { name, value },
        };
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}";
    }

    public static string Self(HttpRequest request) => request.GetEncodedUrl();
}
