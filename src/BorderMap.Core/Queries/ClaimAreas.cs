using System.Collections.Concurrent;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.RelateNG;

namespace BorderMap.Core.Queries;

/// <summary>
/// The areas a claim belongs to for the region filter, the region panel and the choropleth: the
/// areas it names, the areas its references name (a region, or either side of a border), and every
/// area whose outline covers its geometry. Stores derive this list when a claim is written and
/// index it, so that "claims in Badakhshan" is a lookup rather than a geometry test per claim.
/// Thread-safe; each area's prepared outline is built once per thread that tests against it.
/// </summary>
public sealed class ClaimAreas(AreaCatalog areas)
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<RelateNG>> _relates = new(StringComparer.Ordinal);

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

        var envelope = geometry.EnvelopeInternal;
        foreach (var area in areas.All)
        {
            if (!ids.Contains(area.Id) && area.Geometry.EnvelopeInternal.Covers(envelope) && Covers(area, geometry))
            {
                ids.Add(area.Id);
            }
        }

        return [.. ids];
    }

    /// <summary>
    /// A prepared geometry's Covers falls back to a full relate for a multi-part outline, copying
    /// the whole outline on every call, which made an import spend half its time here; a prepared
    /// RelateNG keeps the outline's point locator and edge index between calls instead. It builds
    /// them lazily and is not thread-safe, so each thread borrows an instance of its own from a pool.
    /// </summary>
    private bool Covers(Area area, Geometry geometry)
    {
        var pool = _relates.GetOrAdd(area.Id, _ => []);
        var relate = pool.TryTake(out var idle) ? idle : RelateNG.Prepare(area.Geometry);
        try
        {
            return relate.Evaluate(geometry, RelatePredicate.Covers());
        }
        finally
        {
            pool.Add(relate);
        }
    }
}
