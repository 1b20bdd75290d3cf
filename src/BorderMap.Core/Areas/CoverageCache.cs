using System.Collections.Concurrent;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Areas;

/// <summary>
/// The areas covering the geometries asked about lately (<see cref="AreaCoverage"/>), by exact
/// geometry: claims repeat places a lot (a town, a crossing, a reference to a province), and a
/// repeat is answered without a geometry test. Bounded: it keeps only small geometries (the key
/// holds the geometry), and at most <see cref="MaxEntries"/> of them; when full it starts over,
/// which costs a few tests again, not memory that grows with an import. Thread-safe.
/// </summary>
public sealed class CoverageCache(AreaCoverage coverage)
{
    /// <summary>How many geometries it remembers before it starts over.</summary>
    public const int MaxEntries = 16_384;

    /// <summary>The most vertices a remembered geometry has: larger ones seldom repeat vertex for vertex and would make the cache heavy.</summary>
    public const int MaxVertices = 32;

    private readonly ConcurrentDictionary<Geometry, IReadOnlyList<string>> _covering = new(ExactGeometry.Comparer);

    /// <summary>
    /// How many geometries were added since it last started over, kept apart: the dictionary's own
    /// <c>Count</c> takes every one of its locks, and asked at every miss it was 7 % of an import's
    /// CPU (perf, 100,000 claims, most of them misses), the preparing threads waiting on each other.
    /// </summary>
    private int _added;

    /// <summary>The ids of the areas whose outline covers <paramref name="geometry"/>, as <see cref="AreaCoverage.Covering"/> answers.</summary>
    public IReadOnlyList<string> Covering(Geometry geometry)
    {
        if (geometry.NumPoints > MaxVertices)
        {
            return coverage.Covering(geometry);
        }

        if (_covering.TryGetValue(geometry, out var known))
        {
            return known;
        }

        var covering = coverage.Covering(geometry);
        if (Interlocked.Increment(ref _added) > MaxEntries)
        {
            _covering.Clear();
            Interlocked.Exchange(ref _added, 1);
        }

        _covering.TryAdd(geometry, covering);
        return covering;
    }

    /// <summary>Equality vertex for vertex (<see cref="Geometry.EqualsExact(Geometry)"/>), not the topological equality that <see cref="Geometry"/> implements as <see cref="IEquatable{T}"/>.</summary>
    private sealed class ExactGeometry : IEqualityComparer<Geometry>
    {
        public static readonly ExactGeometry Comparer = new();

        public bool Equals(Geometry? x, Geometry? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.EqualsExact(y));

        public int GetHashCode(Geometry geometry) => HashCode.Combine(geometry.OgcGeometryType, geometry.NumPoints, geometry.EnvelopeInternal.GetHashCode());
    }
}
