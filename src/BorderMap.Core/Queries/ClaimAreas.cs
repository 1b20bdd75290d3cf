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
        // A list sorted once, not a sorted set: a claim has a handful of areas, and an import derives them for every claim.
        var ids = new List<string>(data.Areas);
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

        ids.AddRange(_covering.Covering(geometry));
        ids.Sort(StringComparer.Ordinal);
        return Distinct(ids);
    }

    /// <summary>The sorted <paramref name="ids"/> with each repeat removed, in place.</summary>
    private static List<string> Distinct(List<string> ids)
    {
        var kept = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (kept == 0 || !string.Equals(ids[kept - 1], ids[i], StringComparison.Ordinal))
            {
                ids[kept++] = ids[i];
            }
        }

        ids.RemoveRange(kept, ids.Count - kept);
        return ids;
    }
}
