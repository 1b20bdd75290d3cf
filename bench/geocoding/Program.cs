using BenchmarkDotNet.Running;
using BorderMap.Bench.Geocoding;

// "quick": latency distribution, MB/s and quality only (seconds); "all" (default): those, then BenchmarkDotNet.
var mode = args.FirstOrDefault() ?? "all";
LatencyAndQuality.Run(Console.Out);
if (mode == "all")
{
    BenchmarkRunner.Run([typeof(GeocoderBenchmarks), typeof(GeoparsingBenchmarks)]);
}

return 0;
