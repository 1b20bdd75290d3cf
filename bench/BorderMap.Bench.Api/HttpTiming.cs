using System.Diagnostics;
using System.Text;

namespace BorderMap.Bench.Api;

/// <summary>
/// Sends one request and times it until its whole body has been read, the way a client that uses
/// the answer would. A request that gets no answer (refused, reset, timed out) counts as status 0
/// rather than ending the load.
/// </summary>
internal static class HttpTiming
{
    /// <summary>Reads what a kind wants to know from a successful body: how many items, and whether a next-page cursor came.</summary>
    public delegate (int? Items, bool? Next) Inspect(ReadOnlySpan<byte> body);

    public static Task<Outcome> Get(HttpClient http, string url, Inspect? inspect = null) =>
        Send(http, new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)), inspect);

    /// <summary>Sends <paramref name="request"/> (and disposes it).</summary>
    public static async Task<Outcome> Send(HttpClient http, HttpRequestMessage request, Inspect? inspect = null)
    {
        using (request)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                using var body = await PooledBody.Read(response.Content);
                var milliseconds = clock.Elapsed.TotalMilliseconds;
                var status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    var problem = Encoding.UTF8.GetString(body.Span);
                    return new Outcome(status, milliseconds, body.Length, Problem: problem.Length > 300 ? problem[..300] : problem);
                }

                var (items, next) = inspect?.Invoke(body.Span) ?? (null, null);
                return new Outcome(status, milliseconds, body.Length, items, next);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return new Outcome(0, clock.Elapsed.TotalMilliseconds, 0, Problem: e.Message);
            }
        }
    }
}
