using BenchmarkDotNet.Attributes;
using BorderMap.Core.Extraction;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;

namespace BorderMap.Bench.Geocoding;

/// <summary>Geoparsing about 1 MB of text: our mention finder and full claim proposer beside the exact-match peer's scan.</summary>
[Config(typeof(BenchConfig))]
public class GeoparsingBenchmarks
{
    private string _corpus = "";
    private MentionFinder _finder = null!;
    private ClaimProposer _proposer = null!;
    private ExactMatchPeer _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var gazetteer = Inputs.LoadGazetteer();
        _corpus = Inputs.Corpus();
        _finder = new MentionFinder(new Geocoder(gazetteer));
        _proposer = new ClaimProposer(_finder, GeodataLoader.Load(Path.Combine(Inputs.Root, "geodata")).Areas);
        _peer = new ExactMatchPeer(gazetteer);
    }

    [Benchmark(Baseline = true, Description = "peer: exact-match scan")]
    public int ExactMatchScan() => _peer.Scan(_corpus).Count;

    [Benchmark(Description = "BorderMap: find and resolve mentions")]
    public int FindMentions() => _finder.Find(_corpus).Count;

    [Benchmark(Description = "BorderMap: propose claims")]
    public int ProposeClaims() => _proposer.Propose(_corpus, null).Count;
}
