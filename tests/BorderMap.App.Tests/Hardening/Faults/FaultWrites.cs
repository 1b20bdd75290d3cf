using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>
/// Writes new claims through a running server and keeps the ids it acknowledged (201 Created), so
/// that a test can check afterwards that no acknowledged write was lost to the fault.
/// </summary>
internal sealed class FaultWrites(HttpClient client, string prefix)
{
    private readonly ConcurrentQueue<string> _acknowledged = new();
    private int _next;

    public IReadOnlyCollection<string> Acknowledged => _acknowledged;

    /// <summary>Posts one new constructed claim; the caller disposes the response.</summary>
    public async Task<HttpResponseMessage> PostAsync(CancellationToken cancel = default)
    {
        var id = $"{prefix}-{Interlocked.Increment(ref _next)}";
        var body = ClaimBodies.Valid(id, p => p["title"] = $"Constructed claim {id}, written during a fault");
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
        var response = await client.PostAsync(new Uri("/api/claims", UriKind.Relative), content, cancel);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            _acknowledged.Enqueue(id);
        }

        return response;
    }

    /// <summary>Writes one claim after another until the server is gone (its connection fails) or <paramref name="cancel"/> is set.</summary>
    public async Task KeepWritingAsync(CancellationToken cancel)
    {
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                (await PostAsync(cancel)).Dispose();
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // The server was killed mid-request: that write was never acknowledged.
        }
    }

    /// <summary>Posts until a write is refused (at most <paramref name="attempts"/> tries, as the disk's last free pages fill); that refusal.</summary>
    public async Task<HttpResponseMessage> PostUntilRefusedAsync(int attempts)
    {
        for (var i = 1; ; i++)
        {
            var response = await PostAsync();
            if (response.StatusCode != HttpStatusCode.Created || i == attempts)
            {
                return response;
            }

            response.Dispose();
        }
    }

    /// <summary>A storage failure as the server must answer it: 503 problem+json naming the cause, with Retry-After only when waiting can help.</summary>
    public static async Task AssertStorageProblem(HttpResponseMessage response, string cause, bool mayPass)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(cause, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(mayPass, response.Headers.RetryAfter is not null);
    }
}
