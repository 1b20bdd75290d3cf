using System.Diagnostics;
using System.Globalization;
using System.Text;
using BorderMap.Core.Extraction;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;

namespace BorderMap.Bench.Geocoding;

/// <summary>
/// Figures BenchmarkDotNet does not give: the latency distribution over single geocoder calls
/// (every query timed on its own, 30 rounds after 3 warm-up rounds), geoparsing throughput in MB/s,
/// and how many labelled mentions each side finds and resolves, scored on (text, id) pairs so that
/// the peer, which keeps no offsets, is scored the same way.
/// </summary>
internal static class LatencyAndQuality
{
    private const int Rounds = 30;
    private const int WarmUp = 3;

    public static void Run(TextWriter output)
    {
        var gazetteer = Inputs.LoadGazetteer();
        var geocoder = new Geocoder(gazetteer);
        var finder = new MentionFinder(geocoder);
        var peer = new ExactMatchPeer(gazetteer);
        var queries = Inputs.Queries();

        output.WriteLine($"Geocoder latency, {queries.Count} queries × {Rounds} rounds:");
        output.WriteLine($"  BorderMap geocoder: {Latency(queries, q => geocoder.Geocode(q))}");
        output.WriteLine($"  peer exact match:   {Latency(queries, q => peer.Geocode(q))}");

        var corpus = Inputs.Corpus();
        var megabytes = Encoding.UTF8.GetByteCount(corpus) / 1048576.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Geoparsing throughput on {megabytes:0.00} MB (best of 5):"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  BorderMap mention finder: {megabytes / Best(() => finder.Find(corpus)):0.00} MB/s"));
        var proposer = new ClaimProposer(finder, GeodataLoader.Load(Path.Combine(Inputs.Root, "geodata")).Areas);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  BorderMap claim proposer: {megabytes / Best(() => proposer.Propose(corpus, null)):0.00} MB/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peer exact-match scan:    {megabytes / Best(() => peer.Scan(corpus)):0.00} MB/s"));

        output.WriteLine("Labelled mentions found with the right place ((text, id) pairs, all evaluation texts and the seed):");
        var labelled = Inputs.Labelled();
        output.WriteLine($"  BorderMap: {Quality(labelled, t => [.. finder.Find(t).Select(m => (m.Text, m.Best.Place.Id))])}");
        output.WriteLine($"  peer:      {Quality(labelled, t => [.. peer.Scan(t).Select(m => (m.Text, m.Place.Id))])}");
    }

    private static string Latency(IReadOnlyList<string> queries, Action<string> call)
    {
        var samples = new List<double>(queries.Count * Rounds);
        for (var round = 0; round < WarmUp + Rounds; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                call(query);
                if (round >= WarmUp)
                {
                    samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }
        }

        samples.Sort();
        double At(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"n={samples.Count} p50={At(0.50):0.0} µs p95={At(0.95):0.0} µs p99={At(0.99):0.0} µs max={samples[^1]:0.0} µs");
    }

    private static double Best(Action run)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        return best;
    }

    private static string Quality(IReadOnlyList<(string Text, IReadOnlyList<(string Surface, string Id)> Gold)> labelled, Func<string, List<(string, string)>> find)
    {
        int gold = 0, found = 0, correct = 0;
        foreach (var (text, goldMentions) in labelled)
        {
            var predicted = find(text);
            var remaining = goldMentions.ToList();
            gold += remaining.Count;
            found += predicted.Count;
            foreach (var p in predicted)
            {
                if (remaining.Remove(p))
                {
                    correct++;
                }
            }
        }

        double precision = (double)correct / Math.Max(1, found), recall = (double)correct / Math.Max(1, gold);
        return string.Create(CultureInfo.InvariantCulture, $"gold {gold}, found {found}, right {correct}: precision {precision:P1}, recall {recall:P1}, F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):0.000}");
    }
}
