using BorderMap.Core.Areas;
using BorderMap.Core.Extraction;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;

namespace BorderMap.Geocoding.Tests;

/// <summary>The repository's shipped gazetteer and boundaries, loaded once for all tests that only read them.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Geodata { get; } = Path.Combine(Root, "geodata");

    private static readonly Lazy<Geocoder> SharedGeocoder = new(() => new Geocoder(GazetteerReader.Load(Geodata)));

    private static readonly Lazy<AreaCatalog> SharedAreas = new(() => GeodataLoader.Load(Geodata).Areas);

    public static Geocoder Geocoder => SharedGeocoder.Value;

    public static Gazetteer Gazetteer => Geocoder.Gazetteer;

    public static AreaCatalog Areas => SharedAreas.Value;

    public static MentionFinder Finder { get; } = new(Geocoder);

    public static ClaimProposer Proposer { get; } = new(Finder, Areas);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tests must run inside the BorderMap repository.");
    }
}
