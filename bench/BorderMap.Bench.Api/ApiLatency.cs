using System.Diagnostics;
using System.Text.Json;

namespace BorderMap.Bench.Api;

/// <summary>
/// Sends every planned query to <c>GET /api/claims</c> one after another over loopback and times
/// each until its whole body is read, after a warm-up of 50 queries; whole claims, or with
/// <c>fields</c> = <c>marker</c> the lean markers the web map loads.
/// </summary>
internal static class ApiLatency
{
    public static async Task<int> Measure(Uri server, string queryFile, string fields = "full")
    {
        var queries = QueryPlan.Read(queryFile);
        string Url(Query query) => $"api/claims?{query.ApiQueryString}&fields={fields}";
        using var http = new HttpClient { BaseAddress = server };
        foreach (var query in queries.Take(50))
        {
            await http.GetStringAsync(new Uri(Url(query), UriKind.Relative));
        }

        var times = new List<double>();
        long features = 0;
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            var body = await http.GetStringAsync(new Uri(Url(query), UriKind.Relative));
            times.Add(clock.Elapsed.TotalMilliseconds);
            using var json = JsonDocument.Parse(body);
            features += json.RootElement.GetProperty("features").GetArrayLength();
        }

        Console.WriteLine($"BorderMap GET /api/claims bbox+date fields={fields}: {Percentiles.Summary(times)}; mean {features / queries.Count} claims per answer");
        return 0;
    }
}
