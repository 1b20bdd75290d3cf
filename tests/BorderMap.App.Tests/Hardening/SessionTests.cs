using System.Net;
using System.Net.Http.Json;
using BorderMap.App.Access;
using BorderMap.App.Tests.Access;

namespace BorderMap.App.Tests.Hardening;

/// <summary>
/// The web map's session: the cookie holds a random session id, never the token; sign-out and
/// revocation end it on the server; behind the trusted proxy the cookie is Secure.
/// </summary>
public sealed class SessionTests(ProxiedServer server) : IClassFixture<ProxiedServer>, IDisposable
{
    // Without a cookie jar of its own: each request carries exactly the cookie the test gives it.
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.Url };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_cookie_holds_a_session_id_not_the_token_and_signing_out_ends_it_on_the_server()
    {
        using var signIn = await SignIn(server.EditorToken, forwardedProto: null);
        var cookie = SessionCookieOf(signIn);
        Assert.DoesNotContain(server.EditorToken, cookie, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessToken.Hash(server.EditorToken), cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await GetClaimsWith(cookie));

        using var signOut = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/session", UriKind.Relative));
        signOut.Headers.Add("Cookie", cookie);
        signOut.Headers.Add("Origin", server.Url.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.NoContent, (await _http.SendAsync(signOut)).StatusCode);

        // A copy of the cookie kept from before signing out is worth nothing now.
        Assert.Equal(HttpStatusCode.Unauthorized, await GetClaimsWith(cookie));
    }

    [Fact]
    public async Task Revoking_a_token_ends_its_sessions_for_good()
    {
        using var signIn = await SignIn(server.ReaderToken, forwardedProto: null);
        var cookie = SessionCookieOf(signIn);
        Assert.Equal(HttpStatusCode.OK, await GetClaimsWith(cookie));

        server.WriteTokens((AccessRole.Editor, SharedServer.EditorName, server.EditorToken));
        Assert.True(await Eventually.Within(TokenFileReread, async () => await GetClaimsWith(cookie) == HttpStatusCode.Unauthorized), "the revoked token's session still reads");

        // The token comes back: once a new sign-in with it works, the server has read the file again, and the old session stays ended.
        server.WriteBothTokens();
        Assert.True(await Eventually.Within(TokenFileReread, async () => await SignInStatus(server.ReaderToken) == HttpStatusCode.OK), "the token written back is still refused");
        Assert.Equal(HttpStatusCode.Unauthorized, await GetClaimsWith(cookie));
    }

    [Theory]
    [InlineData("https", true)]
    [InlineData(null, false)]
    public async Task Behind_the_trusted_proxy_the_cookie_is_secure_when_the_browser_used_https(string? forwardedProto, bool secure)
    {
        using var signIn = await SignIn(server.EditorToken, forwardedProto);

        var setCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie.Name + "=", StringComparison.Ordinal));
        Assert.Equal(secure, setCookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forwarded_proto_from_anyone_but_the_trusted_proxy_is_ignored()
    {
        var elsewhere = new UntrustedProxyServer();
        await elsewhere.InitializeAsync();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/session", UriKind.Relative)) { Content = JsonContent.Create(new { token = elsewhere.EditorToken }) };
            request.Headers.Add("X-Forwarded-Proto", "https");

            using var signIn = await elsewhere.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.DoesNotContain("secure", signIn.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await elsewhere.DisposeAsync();
        }
    }

    /// <summary>The server rereads its token file at most once a second; on a busy machine its answers may come much later.</summary>
    private static readonly TimeSpan TokenFileReread = TimeSpan.FromSeconds(30);

    private static HttpRequestMessage SignInRequest(string token) =>
        new(HttpMethod.Post, new Uri("/api/session", UriKind.Relative)) { Content = JsonContent.Create(new { token }) };

    private async Task<HttpStatusCode> SignInStatus(string token)
    {
        using var request = SignInRequest(token);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SignIn(string token, string? forwardedProto)
    {
        using var request = SignInRequest(token);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>The <c>name=value</c> of the session cookie set by a sign-in.</summary>
    private static string SessionCookieOf(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie.Name + "=", StringComparison.Ordinal)).Split(';')[0];

    private async Task<HttpStatusCode> GetClaimsWith(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/claims?limit=1", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}

/// <summary>A <see cref="SharedServer"/> behind a TLS proxy on this machine, as <c>serve --trusted-proxy 127.0.0.1</c> runs it.</summary>
public sealed class ProxiedServer : SharedServer
{
    private protected override ServerOptions Options() => base.Options() with { TrustedProxy = System.Net.IPAddress.Loopback };
}

/// <summary>A <see cref="SharedServer"/> that trusts a proxy elsewhere, so requests from this machine are not from the proxy.</summary>
public sealed class UntrustedProxyServer : SharedServer
{
    private protected override ServerOptions Options() => base.Options() with { TrustedProxy = System.Net.IPAddress.Parse("192.0.2.1") };
}
