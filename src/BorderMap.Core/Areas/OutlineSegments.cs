using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace BorderMap.Core.Areas;

/// <summary>
/// The segments of a polygonal outline's rings (shells and holes) in an R-tree, to tell whether a
/// line touches the outline anywhere: a line whose vertices all lie inside and which touches no
/// ring lies wholly inside. Built whole in the constructor; thread-safe afterwards (queries only read the tree).
/// </summary>
internal sealed class OutlineSegments
{
    private readonly STRtree<LineSegment> _segments = new();

    public OutlineSegments(Geometry polygonal)
    {
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            var polygon = (Polygon)polygonal.GetGeometryN(i);
            Add(polygon.ExteriorRing);
            foreach (var hole in polygon.InteriorRings)
            {
                Add(hole);
            }
        }

        _segments.Build();
    }

    /// <summary>Whether any segment of <paramref name="line"/> meets a ring, crossing or touching it.</summary>
    public bool Touches(LineString line)
    {
        var sequence = line.CoordinateSequence;
        var touching = new TouchingSegment(new RobustLineIntersector());
        for (var i = 0; i + 1 < sequence.Count && !touching.Found; i++)
        {
            touching.Segment = new LineSegment(sequence.GetCoordinate(i), sequence.GetCoordinate(i + 1));
            _segments.Query(new Envelope(touching.Segment.P0, touching.Segment.P1), touching);
        }

        return touching.Found;
    }

    private void Add(LineString ring)
    {
        var coordinates = ring.CoordinateSequence;
        for (var i = 0; i + 1 < coordinates.Count; i++)
        {
            var segment = new LineSegment(coordinates.GetCoordinate(i), coordinates.GetCoordinate(i + 1));
            _segments.Insert(new Envelope(segment.P0, segment.P1), segment);
        }
    }

    /// <summary>Visits the ring segments whose envelope meets the line segment's, and remembers whether one meets it.</summary>
    private sealed class TouchingSegment(LineIntersector intersector) : IItemVisitor<LineSegment>
    {
        public LineSegment Segment { get; set; } = new();

        public bool Found { get; private set; }

        public void VisitItem(LineSegment item)
        {
            if (!Found)
            {
                intersector.ComputeIntersection(Segment.P0, Segment.P1, item.P0, item.P1);
                Found = intersector.HasIntersection;
            }
        }
    }
}
