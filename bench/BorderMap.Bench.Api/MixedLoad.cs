using System.Diagnostics;
using System.Globalization;
using BorderMap.Core.Geodata;

namespace BorderMap.Bench.Api;

/// <summary>
/// The bounded mixed load of the scale benchmark: after a warm-up of five requests of every kind
/// (one at a time; a kind whose first answer is 404 is not built yet and leaves the load), a fixed
/// number of <paramref name="clients"/> HttpClient loops draw seeded kinds by weight and send them
/// over loopback with keep-alive until the request budget or the time budget is spent, whichever
/// comes first. Prints Markdown table rows: how the load ran, then per kind p50/p95/max. With
/// <c>BENCH_TRACE=FILE</c> it also writes one line per timed request to FILE (client, kind, start in ms since
/// 1970 UTC, duration, status), so that a slow request can be set beside what ran with it.
/// </summary>
internal static class MixedLoad
{
    private const int WarmUp = 5;

    public static async Task<int> Run(Uri server, int claims, string queryFile, int requests, int seconds, int clients)
    {
        var words = LoadKinds.SearchWords(GeodataLoader.Load(Repository.GeodataDirectory()));
        var kinds = LoadKinds.All(claims, QueryPlan.Read(queryFile), words).ToList();
        var tallies = kinds.ToDictionary(k => k, _ => new Tally());
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(Math.Min(60, seconds)) };
        var warmUp = new Random(7);
        foreach (var kind in kinds)
        {
            for (var i = 0; i < WarmUp && !tallies[kind].Absent; i++)
            {
                tallies[kind].Add(await kind.Send(http, warmUp));
            }

            if (!tallies[kind].Absent)
            {
                tallies[kind].Clear();
            }
        }

        var open = kinds.Where(k => !tallies[k].Absent).ToList();
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var collectionsBefore = GC.CollectionCount(0);
        using var trace = RequestTrace.FromEnvironment();
        async Task Client(int number)
        {
            var random = new Random(1000 + number);
            while (open.Count > 0 && clock.Elapsed.TotalSeconds < seconds && Interlocked.Increment(ref issued) <= requests)
            {
                var kind = Pick(open, random);
                var started = DateTime.UtcNow;
                var outcome = await kind.Send(http, random);
                tallies[kind].Add(outcome);
                trace?.Write(number, kinds.IndexOf(kind), started, outcome);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(n => Task.Run(() => Client(n))));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        var sent = tallies.Values.Sum(t => t.Absent ? 0 : t.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| mixed load | {sent:N0} requests in {elapsed:0.0} s ({sent / elapsed:0} per s) from {clients} concurrent HttpClient loop(s) over keep-alive loopback; budget {requests:N0} requests or {seconds} s; after {WarmUp} warm-up requests per kind |"));
        foreach (var kind in kinds)
        {
            Console.WriteLine(tallies[kind].Row(kind.Label));
        }

        // The load client shares the cores with the server and PostgreSQL: its own CPU is part of what a request waits for.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| load client CPU during the timed requests | {cpu:0.00} s, {cpu * 1000 / Math.Max(1, sent):0.00} ms a request; {collections} garbage collections |"));
        return 0;
    }

    private static RequestKind Pick(IReadOnlyList<RequestKind> kinds, Random random)
    {
        var draw = random.Next(kinds.Sum(k => k.Weight));
        foreach (var kind in kinds)
        {
            draw -= kind.Weight;
            if (draw < 0)
            {
                return kind;
            }
        }

        return kinds[^1];
    }
}
