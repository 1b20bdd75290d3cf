using System.Globalization;
using System.Text;
using BorderMap.Core.Areas;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Measurement;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace BorderMap.Core.Towns;

/// <summary>
/// The towns of Tajikistan and Afghanistan that maps show, taken from the gazetteer (GeoNames data,
/// CC BY 4.0; see geodata/SOURCES.md) and the boundaries, never typed in by hand:
/// <list type="bullet">
/// <item><b>capital</b>: the gazetteer's national capitals of the two countries;</item>
/// <item><b>provincial</b>: the town at a province's or region's seat point (the gazetteer places
/// each admin-1 entry at its GeoNames seat, so the seat is the town at that very point);</item>
/// <item><b>border</b>: any other town within <see cref="BorderDistanceKm"/> km of the Tajik–Afghan
/// boundary (measured on the ellipsoid to the boundary line shared by the two country polygons) with
/// at least <see cref="BorderPopulation"/> people, or, where GeoNames has no population, one of
/// <see cref="CuratedBorderTowns"/>, district seats and crossings whose towns are known to matter.</item>
/// </list>
/// Immutable and thread-safe; ordered by rank, then by population (largest first), then by id.
/// </summary>
public sealed class TownCatalog
{
    /// <summary>How near the boundary a border town lies: Kulob, the largest town of the Tajik border districts, is 35 km from the Panj.</summary>
    public const double BorderDistanceKm = 36;
    public const long BorderPopulation = 10_000;

    /// <summary>The border towns GeoNames gives no population for, kept because they matter on the border: id and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> CuratedBorderTowns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gn:1221559"] = "Qalaikhumb (Kalai-Khumb), seat of Darvoz district on the Panj",
        ["gn:1220685"] = "Rushon, seat of Rushon district on the Panj",
        ["cj:TJ:panji-poyon"] = "Panji Poyon, the main Tajik–Afghan road crossing",
        ["cur:sher-khan-bandar"] = "Sher Khan Bandar, the Afghan end of the Panji Poyon bridge",
    };

    /// <summary>Names maps print instead of the gazetteer's main name, which for these is outdated or unusual in English (see curated.tsv's aliases).</summary>
    private static readonly Dictionary<string, string> CurrentNames = new(StringComparer.Ordinal)
    {
        ["gn:1220747"] = "Bokhtar", // Qurghonteppa, renamed in 2018
        ["gn:1221614"] = "Ishkoshim", // GeoNames writes Ishqoshim
        ["gn:1148268"] = "Ishkashim", // the Afghan town opposite; GeoNames writes Ashkasham
    };

    private static readonly string[] Countries = ["TJ", "AF"];

    public TownCatalog(Gazetteer gazetteer, AreaCatalog areas)
        : this(gazetteer.Places, areas)
    {
    }

    /// <param name="places">The gazetteer's places (<see cref="GazetteerReader.LoadPlaces"/>), in any order.</param>
    public TownCatalog(IReadOnlyList<Place> places, AreaCatalog areas)
    {
        var border = areas.SharedBorder("TJ", "AF") ?? throw new ArgumentException("the boundaries lack Tajikistan or Afghanistan", nameof(areas));
        // Loops, a seat class and a sort rather than LINQ over value tuples: this runs at every
        // export's start, and generic code over value tuples is not in the ReadyToRun image.
        var seats = new HashSet<SeatPoint>();
        var ranked = new List<RankedPlace>();
        foreach (var place in places)
        {
            if (place.Kind == PlaceKinds.Admin1 && Countries.Contains(place.Country))
            {
                seats.Add(new SeatPoint(place.Lat, place.Lon));
            }
        }

        foreach (var place in places)
        {
            if (Countries.Contains(place.Country) && place.Kind is PlaceKinds.Capital or PlaceKinds.PopulatedPlace && RankOf(place, seats, border) is { } rank)
            {
                ranked.Add(new RankedPlace(place, rank));
            }
        }

        ranked.Sort(RankedPlace.Compare);
        var towns = new Town[ranked.Count];
        for (var i = 0; i < towns.Length; i++)
        {
            var place = ranked[i].Place;
            towns[i] = new Town(place.Id, DisplayName(place), ranked[i].Rank, place.Country, place.Lat, place.Lon);
        }

        Towns = towns;
    }

    public IReadOnlyList<Town> Towns { get; }

    /// <summary>Distance in km from a lon/lat point to the nearest point of <paramref name="line"/>.</summary>
    public static double DistanceKm(Geometry line, double lat, double lon)
    {
        var here = new Coordinate(lon, lat);
        var nearest = DistanceOp.NearestPoints(line, line.Factory.CreatePoint(here))[0];
        return Geodesic.Distance(here, nearest) / 1000;
    }

    private static TownRank? RankOf(Place place, HashSet<SeatPoint> seats, Geometry border)
    {
        if (place.Kind == PlaceKinds.Capital)
        {
            return TownRank.Capital;
        }

        if (seats.Contains(new SeatPoint(place.Lat, place.Lon)))
        {
            return TownRank.Provincial;
        }

        var notable = place.Population >= BorderPopulation || CuratedBorderTowns.ContainsKey(place.Id);
        return notable && DistanceKm(border, place.Lat, place.Lon) <= BorderDistanceKm ? TownRank.Border : null;
    }

    /// <summary>The current English name, else the gazetteer's main name without diacritics (Kŭlob → Kulob), as English maps write it.</summary>
    private static string DisplayName(Place place)
    {
        if (CurrentNames.TryGetValue(place.Id, out var current))
        {
            return current;
        }

        var decomposed = place.Name.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(kept).Normalize(NormalizationForm.FormC);
    }

    /// <summary>A seat's position, compared exactly.</summary>
    private sealed class SeatPoint(double lat, double lon) : IEquatable<SeatPoint>
    {
        public double Lat { get; } = lat;

        public double Lon { get; } = lon;

        public bool Equals(SeatPoint? other) => other is not null && Lat.Equals(other.Lat) && Lon.Equals(other.Lon);

        public override bool Equals(object? obj) => Equals(obj as SeatPoint);

        public override int GetHashCode() => Lat.GetHashCode() ^ (Lon.GetHashCode() * 31);
    }

    /// <summary>A town with its rank, in the catalogue's order: rank, then population (largest first), then id.</summary>
    private sealed record RankedPlace(Place Place, TownRank Rank)
    {
        public static int Compare(RankedPlace a, RankedPlace b)
        {
            var order = ((int)a.Rank).CompareTo((int)b.Rank);
            order = order != 0 ? order : b.Place.Population.CompareTo(a.Place.Population);
            return order != 0 ? order : string.CompareOrdinal(a.Place.Id, b.Place.Id);
        }
    }
}
