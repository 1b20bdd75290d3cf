using BenchmarkDotNet.Attributes;
using BorderMap.Core.Geocoding;

namespace BorderMap.Bench.Geocoding;

/// <summary>The whole query set (<see cref="Inputs.Queries"/>) through our geocoder and through the exact-match peer.</summary>
[Config(typeof(BenchConfig))]
public class GeocoderBenchmarks
{
    private IReadOnlyList<string> _queries = [];
    private Geocoder _geocoder = null!;
    private ExactMatchPeer _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var gazetteer = Inputs.LoadGazetteer();
        _queries = Inputs.Queries();
        _geocoder = new Geocoder(gazetteer);
        _peer = new ExactMatchPeer(gazetteer);
    }

    [Benchmark(Baseline = true, Description = "peer: exact-match lookup, whole set")]
    public int ExactMatchLookups() => _queries.Count(q => _peer.Geocode(q) is not null);

    [Benchmark(Description = "BorderMap: geocode, whole set")]
    public int Geocode() => _queries.Sum(q => _geocoder.Geocode(q).Count);
}
