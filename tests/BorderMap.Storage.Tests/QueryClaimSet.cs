using BorderMap.Core;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A few hundred varied claims for the query tests, the same on every run (fixed random seed):
/// points, lines and polygons around the border; single days and week-, month- and year-long date
/// ranges; actors in several cases and scripts; claims that name a region in their areas without
/// lying in it; claims placed by region and border references; and points exactly on the edges of
/// the boxes the tests query; titles, places, quotes, translations and notes that vary, so that each
/// search term the tests send finds some claims but not all.
/// </summary>
public static class QueryClaimSet
{
    private static readonly string[] Actors = ["Taliban", "taliban", "TALIBAN", "Tajik border guards", "Пограничники", "пограничники", "CSTO"];

    private static readonly string[] AreaNames = ["AF-BDS", "AF-TAK", "TJ-GB", "AF-KAN"];

    private static readonly string[] Titles =
    [
        "Troop movement reported near the border", "Border guards exchange fire", "Statement by the district governor",
        "Refugees gather at the crossing", "Claim in Badakhshan",
    ];

    private static readonly string[] Places = ["Fayzabad", "Khorog", "Ishkashim", "Kunduz", "Taloqan", "Badachschan", "Shir Khan Bandar"];

    /// <summary>Sentences that occur once in the seed source, so the store finds their offsets.</summary>
    private static readonly string[] Quotes =
    [
        TestData.FirstSentence, "Tank dan helikopter ditempatkan di sana.", "Taliban berada di depan dan telah menguasai beberapa daerah.",
        "Pangkalan militer asing terbesar Rusia ada di Tajikistan.",
    ];

    private static readonly string[] Translations =
    [
        "Tanks and helicopters are stationed there.", "Shelling was heard across the river at night.", "Tajikistan has a border of more than 900 km with Badakhshan.",
    ];

    private static readonly string?[] Notes =
    [
        null, "Checked against satellite imagery.", null, "A single witness; unverified.", "<img src=x onerror=alert(1)> stays text", null,
        "Dated from the report.", null, "The place is approximate.", null, "Reported by two outlets.",
    ];

    private static readonly string[][] References =
    [
        ["region:AF-BDS"], ["region:AF-BDS", "region:AF-KAN"], ["border:TJ/AF-BDS", "region:AF-HEL"], ["border:TJ-GB/AF-BDS"], ["region:TJ-KT"],
    ];

    public static IReadOnlyList<ClaimDraft> Drafts(int count = 400)
    {
        var random = new Random(20210705);
        var drafts = new List<ClaimDraft>(count + 2)
        {
            // Exactly on the west edge and the south-west corner of the box 70,37,70.5,37.5.
            Draft("edge-west", 0, TestData.Wgs84.CreatePoint(new Coordinate(70, 37.25)), "2021-07-05", null, "day"),
            Draft("edge-corner", 1, TestData.Wgs84.CreatePoint(new Coordinate(70, 37)), "2021-07-31", null, "day"),
        };
        for (var i = 0; i < count; i++)
        {
            var (start, end, precision) = Dates(random);
            var useRefs = random.Next(8) == 0;
            drafts.Add(Draft($"q-{i:D4}", i, useRefs ? null : Shape(random), start, end, precision) with
            {
                Data = Data(random, i, start, end, precision) with
                {
                    Refs = useRefs ? References[random.Next(References.Length)] : [],
                },
            });
        }

        return drafts;
    }

    private static ClaimDraft Draft(string id, int seed, Geometry? geometry, string start, string? end, string precision) =>
        new(id, Data(new Random(seed), seed, start, end, precision), geometry);

    /// <summary>The claim's fields; its texts cycle through lists of coprime lengths by <paramref name="index"/>, leaving the random sequence as it was.</summary>
    private static ClaimData Data(Random random, int index, string start, string? end, string precision) =>
        TestData.PointDraft().Data with
        {
            Title = Titles[index % Titles.Length],
            Place = Places[index % Places.Length],
            Quote = new Quote(Quotes[index % Quotes.Length], ClaimDraft.MissingOffset, ClaimDraft.MissingOffset),
            Translation = Translations[index % Translations.Length],
            Note = Notes[index % Notes.Length],
            Category = ClaimVocabulary.Categories[random.Next(ClaimVocabulary.Categories.Count)],
            Status = ClaimVocabulary.Statuses[random.Next(ClaimVocabulary.Statuses.Count)],
            GeoPrecision = random.Next(1, 5),
            Actors = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Actors[random.Next(Actors.Length)]).Distinct()],
            Areas = random.Next(3) == 0 ? [AreaNames[random.Next(AreaNames.Length)]] : [],
            EventDate = start,
            EndDate = end,
            TimePrecision = precision,
            Credibility = index % 7 == 0 ? null : (index % 6) + 1,
        };

    /// <summary>A day, week, month or year in 2021–2022, as a claim of that time precision states it.</summary>
    private static (string Start, string? End, string Precision) Dates(Random random)
    {
        var day = new DateOnly(2021, 1, 1).AddDays(random.Next(730));
        return random.Next(4) switch
        {
            0 => (IsoDate.Format(day), null, "day"),
            1 => (IsoDate.Format(day), IsoDate.Format(day.AddDays(6)), "week"),
            2 => (IsoDate.Format(new DateOnly(day.Year, day.Month, 1)), IsoDate.Format(new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))), "month"),
            _ => (IsoDate.Format(new DateOnly(day.Year, 1, 1)), IsoDate.Format(new DateOnly(day.Year, 12, 31)), "year"),
        };
    }

    /// <summary>A point, a short line or a small square somewhere between Herat and the Pamirs.</summary>
    private static Geometry Shape(Random random)
    {
        var (x, y) = (Math.Round(62 + (random.NextDouble() * 13), 3), Math.Round(31 + (random.NextDouble() * 9), 3));
        var d = Math.Round(0.05 + (random.NextDouble() * 0.5), 3);
        return random.Next(3) switch
        {
            0 => TestData.Wgs84.CreatePoint(new Coordinate(x, y)),
            1 => TestData.Wgs84.CreateLineString([new(x, y), new(x + d, y + d)]),
            _ => TestData.Wgs84.CreatePolygon([new(x, y), new(x + d, y), new(x + d, y + d), new(x, y + d), new(x, y)]),
        };
    }
}
