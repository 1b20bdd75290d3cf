using System.Net;
using System.Text.RegularExpressions;
using BorderMap.App.Server;

namespace BorderMap.App.Tests.Hardening;

/// <summary>
/// Clickjacking and content-type headers on every kind of response (the page, an API answer, a
/// static asset, an error), and HEAD answered like GET without a body, over a real socket.
/// </summary>
public sealed class ResponseHeaderTests(LocalServer server) : IClassFixture<LocalServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/api/claims?limit=1")]
    [InlineData("/api/claims/no-such-claim")]
    [InlineData("/api/claims?limit=-1")]
    public async Task Every_response_forbids_framing_and_sniffing(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        AssertForbidsFramingAndSniffing(response);
    }

    [Fact]
    public async Task The_page_script_forbids_framing_and_sniffing()
    {
        // The built script's name carries a content hash, so it is read from the page that loads it.
        var page = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = Regex.Match(page, "<script[^>]* src=\"\\.?(/assets/[^\"]+\\.js)\"");
        Assert.True(script.Success, "the page loads no built script");

        using var response = await server.Client.GetAsync(new Uri(script.Groups[1].Value, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertForbidsFramingAndSniffing(response);
    }

    private static void AssertForbidsFramingAndSniffing(HttpResponseMessage response)
    {
        var headers = response.Headers;
        var policy = Assert.Single(headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/api/claims?limit=2", HttpStatusCode.OK)]
    [InlineData("/api/style", HttpStatusCode.OK)]
    [InlineData("/api/claims/no-such-claim", HttpStatusCode.NotFound)]
    [InlineData("/", HttpStatusCode.OK)]
    public async Task HEAD_answers_like_GET_without_a_body(string path, HttpStatusCode expected)
    {
        using var get = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var headRequest = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        using var head = await server.Client.SendAsync(headRequest);

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("DENY", Assert.Single(head.Headers.GetValues("X-Frame-Options")));

        // The connection is still usable: no body bytes were left on it.
        await server.Client.GetOk("/api/style");
    }

    [Fact]
    public async Task HEAD_on_a_route_without_GET_is_still_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/api/extract", UriKind.Relative));
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
