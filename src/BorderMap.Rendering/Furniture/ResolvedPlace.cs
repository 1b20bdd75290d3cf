using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Text;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The name of the place a claim was resolved to, for print: a claim's <c>place</c> holds the
/// source's own words ("Penerimaan", "ibu kota provinsi"), which may be a mistranslation or not a
/// name at all. In order: the areas and borders its references name ("Tajikistan–Badakhshan
/// border"); the towns at its points (within <see cref="TownRadiusKm"/> km); the areas it lies in;
/// the source's words only when none of these is known.
/// </summary>
internal sealed class ResolvedPlace(AreaCatalog areas, TownCatalog towns)
{
    public const double TownRadiusKm = 10;

    public string For(Claim claim)
    {
        var names = FromRefs(claim.Data.Refs).ToList();
        if (names.Count == 0)
        {
            names = [.. Points(claim.Geometry).Select(NearestTown).OfType<string>()];
        }

        if (names.Count == 0)
        {
            names = [.. claim.Data.Areas.Select(id => areas.Find(id)?.Name).OfType<string>()];
        }

        return names.Count == 0 ? claim.Data.Place : EnglishList.Join([.. names.Distinct(StringComparer.Ordinal)]);
    }

    private IEnumerable<string> FromRefs(IEnumerable<string> refs)
    {
        foreach (var reference in refs)
        {
            var (kind, target) = (reference.Split(':', 2)[0], reference.Split(':', 2).ElementAtOrDefault(1) ?? string.Empty);
            var ids = target.Split('/');
            var found = ids.Select(id => areas.Find(id)?.Name).ToList();
            if (found.Any(n => n is null))
            {
                continue;
            }

            yield return kind == "border" ? string.Join("–", found) + " border" : string.Join(" and ", found);
        }
    }

    private static Coordinate[] Points(NetTopologySuite.Geometries.Geometry? geometry) =>
        geometry is Point or MultiPoint ? geometry.Coordinates : [];

    // A loop rather than LINQ over (name, distance) tuples, whose generic code the ReadyToRun image lacks.
    private string? NearestTown(Coordinate point)
    {
        string? nearest = null;
        var nearestKm = double.PositiveInfinity;
        foreach (var town in towns.Towns)
        {
            var km = Core.Measurement.Geodesic.Distance(point, new Coordinate(town.Lon, town.Lat)) / 1000;
            if (km <= TownRadiusKm && (nearest is null || km < nearestKm))
            {
                (nearest, nearestKm) = (town.Name, km);
            }
        }

        return nearest;
    }
}
