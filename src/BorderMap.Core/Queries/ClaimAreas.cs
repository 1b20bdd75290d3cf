using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Queries;

/// <summary>
/// The areas a claim belongs to for the region filter, the region panel and the choropleth: the
/// areas it names, the areas its references name (a region, or either side of a border), and every
/// area whose outline covers its geometry (<see cref="AreaCoverage"/>, remembered for repeated
/// places by <see cref="CoverageCache"/>). Stores derive this list when a claim is written and
/// index it, so that "claims in Badakhshan" is a lookup rather than a geometry test per claim.
/// Thread-safe.
/// </summary>
public sealed class ClaimAreas(AreaCatalog areas)
{
    private readonly CoverageCache _covering = new(new AreaCoverage(areas.All));

    /// <summary>The ids of the areas the claim belongs to, each once, in ordinal order.</summary>
    public IReadOnlyList<string> Of(ClaimData data, Geometry geometry)
    {
        var ids = new SortedSet<string>(data.Areas, StringComparer.Ordinal);
        foreach (var reference in data.Refs)
        {
            if (GeometryRef.TryParse(reference, out var parsed))
            {
                switch (parsed)
                {
                    case RegionRef region:
                        ids.Add(region.AreaId);
                        break;
                    case BorderRef border:
                        ids.Add(border.AreaA);
                        ids.Add(border.AreaB);
                        break;
                }
            }
        }

        ids.UnionWith(_covering.Covering(geometry));
        return [.. ids];
    }
}
