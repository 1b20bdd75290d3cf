using System.Collections.Concurrent;
using BorderMap.Core.Areas;
using BorderMap.Core.Measurement;

namespace BorderMap.Core.Queries;

/// <summary>
/// Builds <see cref="RegionProfile"/>s. Areas and shared borders never change while the app runs,
/// so each region's geometry facts are computed once and cached; the claims come from the caller
/// per request (the store's counts for the current filter), because they follow the filter and grow.
/// </summary>
public sealed class RegionProfiler(AreaCatalog areas)
{
    private readonly ConcurrentDictionary<string, (double AreaKm2, IReadOnlyList<SharedBorderLength> Borders)> _geometryFacts = new(StringComparer.Ordinal);

    /// <summary>
    /// The profile of a country or province, or null for an unknown id (or the river), with the
    /// region's claims and events as <paramref name="contents"/> answers for its id (asked only for a region).
    /// </summary>
    public async Task<RegionProfile?> ProfileAsync(string id, Func<string, Task<RegionContents>> contents)
    {
        if (areas.Find(id) is not { Kind: not AreaKind.River } region)
        {
            return null;
        }

        var (areaKm2, borders) = _geometryFacts.GetOrAdd(id, _ => MeasureGeometry(region));
        var inRegion = await contents(id);
        var country = areas.Find(region.Country);
        return new RegionProfile(
            region.Id,
            region.Kind.ToString().ToLowerInvariant(),
            region.Name,
            region.LocalName,
            region.Names,
            region.Country,
            country?.Name ?? region.Country,
            areaKm2,
            borders,
            inRegion.ByCategory,
            inRegion.ClaimCount,
            inRegion.ByStatus,
            inRegion.Actors,
            inRegion.Areas,
            inRegion.Events,
            inRegion.CountsAtLeast);
    }

    private (double, IReadOnlyList<SharedBorderLength>) MeasureGeometry(Area region)
    {
        var envelope = region.Geometry.EnvelopeInternal;
        var borders = areas.All
            .Where(other => other.Id != region.Id && other.Kind != AreaKind.River && other.Geometry.EnvelopeInternal.Intersects(envelope))
            .Select(other => (Area: other, Line: areas.SharedBorder(region.Id, other.Id)))
            .Where(pair => pair.Line is { IsEmpty: false })
            .Select(pair => new SharedBorderLength(pair.Area.Id, pair.Area.Name, pair.Area.Kind.ToString().ToLowerInvariant(), Math.Round(Geodesic.LengthKm(pair.Line!), 1)))
            .Where(border => border.Km > 0)
            .OrderByDescending(border => border.Km)
            .ToList();
        return (Math.Round(Geodesic.AreaKm2(region.Geometry)), borders);
    }
}
