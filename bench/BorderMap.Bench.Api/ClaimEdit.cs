using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BorderMap.Bench.Api;

/// <summary>
/// One edit as the web UI makes it: <c>GET /api/claims/{id}</c> for the claim and its ETag (not
/// timed), then <c>PUT /api/claims/{id}</c> with <c>If-Match</c> and the same body with a new title
/// (timed). The GET's failure is the edit's outcome, so a missing claim reads as 404.
/// </summary>
internal static class ClaimEdit
{
    public static async Task<Outcome> Send(HttpClient http, string id, Random random)
    {
        var url = new Uri($"api/claims/{Uri.EscapeDataString(id)}", UriKind.Relative);
        var (body, etag, failure) = await Current(http, url);
        if (failure is not null)
        {
            return failure;
        }

        var feature = JsonNode.Parse(body!)!;
        feature["properties"]!["title"] = $"Synthetic claim {id}, edited by the benchmark ({random.Next():x8})";
        var put = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent(feature.ToJsonString(), Encoding.UTF8, "application/geo+json"),
        };
        put.Headers.IfMatch.Add(etag!);
        return await HttpTiming.Send(http, put);
    }

    /// <summary>The claim's body and ETag, or the outcome that ends the edit (status 0 when no answer came).</summary>
    private static async Task<(string? Body, EntityTagHeaderValue? ETag, Outcome? Failure)> Current(HttpClient http, Uri url)
    {
        try
        {
            using var current = await http.GetAsync(url);
            if (!current.IsSuccessStatusCode)
            {
                return (null, null, new Outcome((int)current.StatusCode, 0, 0, Problem: $"GET {url} answered {(int)current.StatusCode}"));
            }

            return current.Headers.ETag is { } etag
                ? (await current.Content.ReadAsStringAsync(), etag, null)
                : (null, null, new Outcome(0, 0, 0, Problem: $"GET {url} sent no ETag"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (null, null, new Outcome(0, 0, 0, Problem: e.Message));
        }
    }
}
