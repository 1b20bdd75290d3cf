using System.Collections.Concurrent;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.RelateNG;

namespace BorderMap.Core.Areas;

/// <summary>
/// Which areas of a catalog cover a geometry, exactly as <c>area.Covers(geometry)</c> answers, but
/// fast enough for an import that asks it for every claim: an R-tree of the areas' envelopes leaves
/// only the few whose envelope covers the geometry's; a point is located in a polygonal area by an
/// indexed point-in-polygon test (<see cref="IndexedPointInAreaLocator"/>: covered unless it lies
/// outside, so a point on the outline counts, as Covers says); so is a line, where its vertices and
/// the outline's segments decide (<see cref="OutlineSegments"/>); a point is covered by a lineal area (the river)
/// when it lies on one of its segments, found in the same index; anything else, and a line that
/// meets the outline, goes through the area's prepared <see cref="RelateNG"/>. Each area's index is built once, on first use. Thread-safe.
/// </summary>
public sealed class AreaCoverage
{
    private readonly STRtree<Tested> _envelopes = new();

    public AreaCoverage(IEnumerable<Area> areas)
    {
        foreach (var area in areas)
        {
            _envelopes.Insert(area.Geometry.EnvelopeInternal, new Tested(area));
        }

        // Built now: a tree built lazily by its first query would be built by two threads at once.
        _envelopes.Build();
    }

    /// <summary>The ids of the areas whose outline covers <paramref name="geometry"/>, in no particular order.</summary>
    public IReadOnlyList<string> Covering(Geometry geometry)
    {
        var envelope = geometry.EnvelopeInternal;
        var covering = new List<string>();
        foreach (var candidate in _envelopes.Query(envelope))
        {
            if (candidate.Area.Geometry.EnvelopeInternal.Covers(envelope) && candidate.Covers(geometry))
            {
                covering.Add(candidate.Area.Id);
            }
        }

        return covering;
    }

    /// <summary>One area with the indexes that test it, built on first use.</summary>
    private sealed class Tested(Area area)
    {
        private readonly Lazy<IPointOnGeometryLocator?> _pointLocator = new(() => PointLocatorOf(area.Geometry));
        private readonly ConcurrentBag<RelateNG> _relates = [];
        private readonly Lazy<OutlineSegments> _outline = new(() => new OutlineSegments(area.Geometry));

        public Area Area { get; } = area;

        public bool Covers(Geometry geometry) => geometry switch
        {
            Point { IsEmpty: false } point when _pointLocator.Value is { } locator => locator.Locate(point.Coordinate) != Location.Exterior,
            Point { IsEmpty: false } point when Area.Geometry is ILineal => _outline.Value.Holds(point.Coordinate),
            LineString { IsEmpty: false } line when _pointLocator.Value is { } locator && LineVerdict(line, locator) is { } covered => covered,
            _ => Relate(geometry),
        };

        /// <summary>
        /// A line's answer where it is plain, null where only the full relate can tell: not covered if a vertex lies
        /// outside; covered if every vertex lies inside (not on the outline) and no segment meets the outline, since a
        /// segment can leave only by meeting it. The relate builds an index of the outline's rings near the line on every
        /// call (~36 KB and ~35 µs a line against a country), and lines seldom repeat for the cache to answer.
        /// </summary>
        private bool? LineVerdict(LineString line, IPointOnGeometryLocator locator)
        {
            var sequence = line.CoordinateSequence;
            var allInside = true;
            for (var i = 0; i < sequence.Count; i++)
            {
                switch (locator.Locate(sequence.GetCoordinate(i)))
                {
                    case Location.Exterior:
                        return false;
                    case Location.Boundary:
                        allInside = false;
                        break;
                }
            }

            return allInside && !_outline.Value.Touches(line) ? true : null;
        }

        /// <summary>
        /// A prepared geometry's Covers falls back to a full relate for a multi-part outline, copying
        /// the whole outline on every call; a prepared RelateNG keeps the outline's point locator and
        /// edge index between calls instead. It builds them lazily and is not thread-safe, so each
        /// thread borrows an instance of its own from a pool.
        /// </summary>
        private bool Relate(Geometry geometry)
        {
            var relate = _relates.TryTake(out var idle) ? idle : RelateNG.Prepare(Area.Geometry);
            try
            {
                return relate.Evaluate(geometry, RelatePredicate.Covers());
            }
            finally
            {
                _relates.Add(relate);
            }
        }

        /// <summary>A point locator of a polygonal outline, its index built (by locating one point) before any thread shares it; null for a line.</summary>
        private static IndexedPointInAreaLocator? PointLocatorOf(Geometry outline)
        {
            if (outline is not IPolygonal)
            {
                return null;
            }

            var locator = new IndexedPointInAreaLocator(outline);
            _ = locator.Locate(outline.Coordinate);
            return locator;
        }
    }
}
