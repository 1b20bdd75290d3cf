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

    private readonly BoundedCache<Geometry, IReadOnlyList<string>> _covering = new(MaxEntries, ExactGeometry.Comparer);

    /// <summary>The ids of the areas whose outline covers <paramref name="geometry"/>, as <see cref="AreaCoverage.Covering"/> answers.</summary>
    public IReadOnlyList<string> Covering(Geometry geometry) =>
        geometry.NumPoints > MaxVertices ? coverage.Covering(geometry) : _covering.Get(geometry, coverage.Covering);

    /// <summary>Equality vertex for vertex (<see cref="Geometry.EqualsExact(Geometry)"/>), not the topological equality that <see cref="Geometry"/> implements as <see cref="IEquatable{T}"/>.</summary>
    private sealed class ExactGeometry : IEqualityComparer<Geometry>
    {
        public static readonly ExactGeometry Comparer = new();

        public bool Equals(Geometry? x, Geometry? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.EqualsExact(y));

        public int GetHashCode(Geometry geometry) => HashCode.Combine(geometry.OgcGeometryType, geometry.NumPoints, geometry.EnvelopeInternal.GetHashCode());
    }
}
