using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Geometry;

/// <summary>
/// The last few cuts of each geometry by <see cref="FrameClip"/>, held with the geometry itself
/// (weakly: a claim's geometry and its cuts go when the claim does; the shipped boundaries keep
/// theirs). A map clips one geometry to a few rectangles (the frame, the label area, the locator),
/// so a handful per geometry covers a repeated export; the oldest cut makes room. Safe across
/// threads: each geometry's list is replaced whole, never changed in place. Callers only read the
/// geometries returned, as they read the boundaries.
/// </summary>
internal static class ClipMemo
{
    private const int PerGeometry = 4;

    private static readonly ConditionalWeakTable<NetTopologySuite.Geometries.Geometry, Cut[]> Cuts = [];

    public static bool Find(NetTopologySuite.Geometries.Geometry geometry, Envelope lonLat, out NetTopologySuite.Geometries.Geometry? clipped)
    {
        if (Cuts.TryGetValue(geometry, out var cuts))
        {
            foreach (var cut in cuts)
            {
                if (cut.LonLat.Equals(lonLat))
                {
                    clipped = cut.Clipped;
                    return true;
                }
            }
        }

        clipped = null;
        return false;
    }

    public static NetTopologySuite.Geometries.Geometry? Keep(NetTopologySuite.Geometries.Geometry geometry, Envelope lonLat, NetTopologySuite.Geometries.Geometry? clipped)
    {
        var cut = new Cut(new Envelope(lonLat), clipped);
        Cuts.AddOrUpdate(geometry, Cuts.TryGetValue(geometry, out var cuts) ? [cut, .. cuts.Take(PerGeometry - 1)] : [cut]);
        return clipped;
    }

    private sealed record Cut(Envelope LonLat, NetTopologySuite.Geometries.Geometry? Clipped);
}
