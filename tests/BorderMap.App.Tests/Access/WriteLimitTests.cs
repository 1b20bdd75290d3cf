using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BorderMap.App.Tests.Access;

/// <summary>The write rate and body size limits, on a server that allows 3 changes a minute per editor and 2 KiB bodies.</summary>
public sealed class WriteLimitTests : ServerPerTest<LimitedServer>
{
    [Fact]
    public async Task An_editor_over_the_write_rate_gets_429_with_when_to_retry_and_other_editors_are_unaffected()
    {
        using var editor = Server.ClientWith(Server.EditorToken);
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await editor.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), ClaimBodies.Valid($"rate-{i}"));
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }

        using var refused = await editor.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), ClaimBodies.Valid("rate-3"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"at most 3 changes a minute from '{SharedServer.EditorName}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri("/api/claims/rate-3", UriKind.Relative))).StatusCode);
        await editor.GetOk("/api/claims/rate-2");

        // Reads are not rate-limited, and the limit is per editor.
        for (var i = 0; i < 10; i++)
        {
            await editor.GetOk("/api/sources");
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_naming_the_limit_whether_or_not_its_length_is_declared()
    {
        using var editor = Server.ClientWith(Server.EditorToken);
        var large = ClaimBodies.Valid("large", p => p["note"] = new string('n', 3000)).ToJsonString();

        using var declared = await editor.PostAsync(new Uri("/api/claims", UriKind.Relative), new StringContent(large, Encoding.UTF8, "application/json"));
        using var chunked = await editor.PostAsync(new Uri("/api/claims", UriKind.Relative), new ChunkedContent(large));

        foreach (var response in new[] { declared, chunked })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.Contains("at most 2,048 bytes", detail, StringComparison.Ordinal);
        }

        Assert.Contains(declared.Content.Headers.ContentType!.MediaType!, "application/problem+json", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri("/api/claims/large", UriKind.Relative))).StatusCode);
    }

    /// <summary>A body sent without Content-Length, as a streaming client does.</summary>
    private sealed class ChunkedContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
