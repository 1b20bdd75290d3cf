using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace BorderMap.Rendering.Geometry;

/// <summary>
/// Cuts geometries to what a map frame can show, so SVG and PDF files carry no invisible
/// coordinates (all of China would otherwise be written for a map of Badakhshan). The cut runs a
/// little outside the frame, so the artificial edges it creates fall outside the visible page.
/// A cut is kept with its geometry (<see cref="ClipMemo"/>): a server exports the same frames of
/// the same boundaries again and again, and the cuts of the neighbours (China, Iran) for the map,
/// its labels and the locator were about a tenth of a warm export's drawing time.
/// </summary>
internal static class FrameClip
{
    public static NetTopologySuite.Geometries.Geometry? Clip(NetTopologySuite.Geometries.Geometry geometry, Envelope lonLat)
    {
        var envelope = geometry.EnvelopeInternal;
        if (!envelope.Intersects(lonLat))
        {
            return null;
        }

        if (lonLat.Contains(envelope))
        {
            return geometry;
        }

        return ClipMemo.Find(geometry, lonLat, out var clipped) ? clipped : ClipMemo.Keep(geometry, lonLat, Cut(geometry, lonLat));
    }

    private static NetTopologySuite.Geometries.Geometry? Cut(NetTopologySuite.Geometries.Geometry geometry, Envelope lonLat)
    {
        if (geometry.OgcGeometryType == OgcGeometryType.GeometryCollection)
        {
            // A mix (a claim on a region and a border): each part keeps its own kind.
            var parts = Enumerable.Range(0, geometry.NumGeometries).Select(i => Clip(geometry.GetGeometryN(i), lonLat)).OfType<NetTopologySuite.Geometries.Geometry>().ToArray();
            return parts.Length == 0 ? null : geometry.Factory.CreateGeometryCollection(parts);
        }

        // An intersection may add slivers of lower dimension where an edge runs along the cut;
        // keep only parts of the input's own kind, so a polygon is never stroked or filled as a line.
        // OverlayNG cuts each ring to the rectangle before noding, so a neighbour of thousands of
        // vertices that reaches into the frame costs a pass over its rings, not a full overlay.
        var clipped = OverlayNGRobust.Overlay(geometry, geometry.Factory.ToGeometry(lonLat), SpatialFunction.Intersection);
        var sameKind = geometry.Dimension switch
        {
            Dimension.Surface => geometry.Factory.BuildGeometry(PolygonExtracter.GetPolygons(clipped)),
            Dimension.Curve => geometry.Factory.BuildGeometry(LinearComponentExtracter.GetLines(clipped)),
            _ => clipped,
        };
        return sameKind.IsEmpty ? null : sameKind;
    }

    /// <summary>The frame's lon/lat envelope grown by a fraction on every side.</summary>
    public static Envelope Grow(Envelope lonLat, double fraction)
    {
        var grown = new Envelope(lonLat);
        grown.ExpandBy(lonLat.Width * fraction, lonLat.Height * fraction);
        return grown;
    }
}
