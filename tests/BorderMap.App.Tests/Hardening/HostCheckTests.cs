using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BorderMap.App.Access;
using BorderMap.App.Tests.Access;

namespace BorderMap.App.Tests.Hardening;

/// <summary>DNS rebinding: a request whose Host header is not one of the server's names gets 421 problem+json, on every path.</summary>
public sealed class HostCheckTests : IClassFixture<LocalServer>, IClassFixture<NamedSharedServer>
{
    private readonly LocalServer _local;
    private readonly NamedSharedServer _shared;

    public HostCheckTests(LocalServer local, NamedSharedServer shared) => (_local, _shared) = (local, shared);

    [Theory]
    [InlineData("evil.example:5192", "/api/claims")]
    [InlineData("evil.example", "/api/sources/tj-af-border-2021-07-05")]
    [InlineData("127.0.0.1.evil.example", "/")]
    [InlineData("localhost.evil.example", "/api/session")]
    [InlineData("10.0.0.5", "/api/claims")]
    public async Task A_local_server_refuses_a_forged_host(string host, string path)
    {
        using var response = await Send(_local.Client, host, path);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains(host, detail, StringComparison.Ordinal);
        Assert.Contains("loopback only", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5180")]
    [InlineData("127.0.0.1:1")]
    [InlineData("127.8.9.10")]
    [InlineData("[::1]:5180")]
    public async Task A_local_server_answers_loopback_names_and_addresses_with_any_port(string host)
    {
        using var response = await Send(_local.Client, host, "/api/style");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("map.example.org:443", HttpStatusCode.OK)]
    [InlineData("192.0.2.7:5180", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task A_shared_server_also_answers_its_configured_names_and_ip_addresses(string host, HttpStatusCode expected)
    {
        using var reader = _shared.ClientWith(_shared.ReaderToken);

        using var response = await Send(reader, host, "/api/claims?limit=1");

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = host;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.SendAsync(request);
    }
}

/// <summary>A <see cref="SharedServer"/> that also answers to the name <c>map.example.org</c>, as <c>serve --allowed-host</c> sets.</summary>
public sealed class NamedSharedServer : SharedServer
{
    private protected override ServerOptions Options() => base.Options() with { AllowedHosts = ["map.example.org"] };
}
