using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Storage;
using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>The repository's geodata (the seed) and valid claim drafts that tests vary one field at a time.</summary>
public static class TestData
{
    public const string SourceId = "tj-af-border-2021-07-05";

    /// <summary>The first sentence of the seed source: code points 0 to 96.</summary>
    public const string FirstSentence = "Tajikistan memiliki perbatasan lebih dari 900 kilometer dengan provinsi Afghanistan Badachschan.";

    public static readonly GeometryFactory Wgs84 = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static readonly Lazy<BorderMapData> Shared = new(() => GeodataLoader.Load(Path.Combine(RepositoryRoot, "geodata")));

    public static BorderMapData Geodata => Shared.Value;

    public static StoreSeed Seed => StoreSeed.From(Geodata);

    /// <summary>A valid claim at a point in Badakhshan, quoting the first sentence of the seed source.</summary>
    public static ClaimDraft PointDraft(string? id = "test-claim", double lon = 70.9, double lat = 37.1) => new(
        id,
        new ClaimData(
            Title: "Test claim in Badakhshan",
            Category: "statement",
            Actors: ["Tester"],
            Place: "Fayzabad",
            Refs: [],
            Areas: ["AF-BDS"],
            GeoPrecision: 2,
            EventDate: "2021-07-05",
            EndDate: null,
            TimePrecision: "day",
            ReportedDate: "2021-07-05",
            Source: SourceId,
            Quote: new Quote(FirstSentence, 0, 96),
            Translation: "Tajikistan has a border of more than 900 km with Badakhshan.",
            Note: "<img src=x onerror=alert(1)> stays text",
            Status: "reported",
            Numbers: new Dictionary<string, double> { ["borderKm"] = 900 },
            CreatedAt: default,
            UpdatedAt: default,
            Version: 0),
        Wgs84.CreatePoint(new Coordinate(lon, lat)));

    public static ClaimDraft With(this ClaimDraft draft, Func<ClaimData, ClaimData> change) => draft with { Data = change(draft.Data) };

    private static string FindRepositoryRoot()
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
