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
        var seats = places.Where(p => p.Kind == PlaceKinds.Admin1 && Countries.Contains(p.Country))
            .Select(p => (p.Lat, p.Lon)).ToHashSet();
        Towns = [.. places
            .Where(p => Countries.Contains(p.Country) && p.Kind is PlaceKinds.Capital or PlaceKinds.PopulatedPlace)
            .Select(p => (Place: p, Rank: RankOf(p, seats, border)))
            .Where(t => t.Rank is not null)
            .OrderBy(t => t.Rank).ThenByDescending(t => t.Place.Population).ThenBy(t => t.Place.Id, StringComparer.Ordinal)
            .Select(t => new Town(t.Place.Id, DisplayName(t.Place), t.Rank!.Value, t.Place.Country, t.Place.Lat, t.Place.Lon))];
    }

    public IReadOnlyList<Town> Towns { get; }

    /// <summary>Distance in km from a lon/lat point to the nearest point of <paramref name="line"/>.</summary>
    public static double DistanceKm(Geometry line, double lat, double lon)
    {
        var here = new Coordinate(lon, lat);
        var nearest = DistanceOp.NearestPoints(line, line.Factory.CreatePoint(here))[0];
        return Geodesic.Distance(here, nearest) / 1000;
    }

    private static TownRank? RankOf(Place place, HashSet<(double, double)> seats, Geometry border)
    {
        if (place.Kind == PlaceKinds.Capital)
        {
            return TownRank.Capital;
        }

        if (seats.Contains((place.Lat, place.Lon)))
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
}
