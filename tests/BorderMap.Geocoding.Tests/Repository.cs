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

    /// <summary>The place the one mention written <paramref name="name"/> in <paramref name="text"/> resolves to; fails unless exactly one is found.</summary>
    public static string PlaceIdFound(string text, string language, string name) =>
        Xunit.Assert.Single(Finder.Find(text, language), m => m.Text == name).Best.Place.Id;

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
