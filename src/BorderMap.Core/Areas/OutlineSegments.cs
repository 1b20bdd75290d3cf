using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace BorderMap.Core.Areas;

/// <summary>
/// The segments of an area's outline in an R-tree: of a polygonal area's rings (shells and holes), to
/// tell whether a line touches the outline anywhere (a line whose vertices all lie inside and which
/// touches no ring lies wholly inside); of a lineal area's lines, to tell whether a point lies on one
/// (which is what covering it means). Built whole in the constructor; thread-safe afterwards (queries only read the tree).
/// </summary>
internal sealed class OutlineSegments
{
    private readonly STRtree<LineSegment> _segments = new();

    public OutlineSegments(Geometry outline)
    {
        // A polygon's linear components are its rings; a line's, itself.
        foreach (var line in LinearComponentExtracter.GetLines(outline).Cast<LineString>())
        {
            Add(line);
        }

        _segments.Build();
    }

    /// <summary>Whether <paramref name="point"/> lies on a segment, at a vertex or between two, tested exactly as NTS's relate does.</summary>
    public bool Holds(Coordinate point)
    {
        var holding = new HoldingSegment(point);
        _segments.Query(new Envelope(point), holding);
        return holding.Found;
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

    /// <summary>Visits the segments whose envelope holds the point, and remembers whether one holds the point itself.</summary>
    private sealed class HoldingSegment(Coordinate point) : IItemVisitor<LineSegment>
    {
        public bool Found { get; private set; }

        public void VisitItem(LineSegment item) => Found = Found || PointLocation.IsOnSegment(point, item.P0, item.P1);
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
