using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Where an area's label goes, as in the web map (labels.ts): an approximate pole of
/// inaccessibility, the grid sample farthest from the area's outline, where samples close to a
/// claim anchor score their distance to it instead, so names keep clear of claim symbols where the
/// area allows. A coarse 11 × 11 pass, then a 7 × 7 pass around the best coarse cell.
/// Ties keep the first sample in grid order, so the result never depends on anything but the input.
/// </summary>
internal static class LabelPole
{
    private const int CoarseGrid = 11;
    private const int FineGrid = 7;

    private const int Alternatives = 6;

    /// <summary>
    /// Label positions, best first: the refined pole, then the next-best coarse samples, for when a
    /// better position is already taken by another label or a marker.
    /// </summary>
    /// <param name="rings">The area's rings in page points (closed: last point equals the first).</param>
    /// <param name="box">Where to sample: the area's box, cut to the visible part.</param>
    public static SKPoint[] Candidates(IReadOnlyList<SKPoint[]> rings, SKRect box, AnchorGrid anchors)
    {
        if (box.Width <= 0 || box.Height <= 0)
        {
            return [];
        }

        var coarse = Samples(rings, box, CoarseGrid, anchors);
        var ranked = coarse.BestFirst(Alternatives);
        if (ranked.Length == 0)
        {
            return [];
        }

        var best = ranked[0];
        var cellWidth = box.Width / CoarseGrid;
        var cellHeight = box.Height / CoarseGrid;
        var around = SKRect.Intersect(box, new SKRect(coarse.X[best] - cellWidth, coarse.Y[best] - cellHeight, coarse.X[best] + cellWidth, coarse.Y[best] + cellHeight));
        var fine = Samples(rings, around, FineGrid, anchors);
        var candidates = new SKPoint[ranked.Length];
        candidates[0] = fine.FirstFarther(coarse.X[best], coarse.Y[best], coarse.Distance[best]);
        for (var i = 1; i < ranked.Length; i++)
        {
            candidates[i] = new SKPoint(coarse.X[ranked[i]], coarse.Y[ranked[i]]);
        }

        return candidates;
    }

    private static PoleSamples Samples(IReadOnlyList<SKPoint[]> rings, SKRect box, int grid, AnchorGrid anchors)
    {
        var samples = new PoleSamples(grid * grid);
        for (var i = 0; i < grid; i++)
        {
            for (var j = 0; j < grid; j++)
            {
                var x = box.Left + ((i + 0.5f) / grid * box.Width);
                var y = box.Top + ((j + 0.5f) / grid * box.Height);
                var distance = InsideDistance(rings, x, y);
                if (distance >= 0)
                {
                    samples.Add(x, y, Math.Min(distance, anchors.Nearest(x, y)));
                }
            }
        }

        return samples;
    }

    /// <summary>Distance to the nearest edge when (x, y) is inside (even-odd over all rings), else -1.</summary>
    private static float InsideDistance(IReadOnlyList<SKPoint[]> rings, float x, float y)
    {
        var inside = false;
        var best = float.PositiveInfinity;
        foreach (var ring in rings)
        {
            for (var k = 0; k + 1 < ring.Length; k++)
            {
                var (a, b) = (ring[k], ring[k + 1]);
                if ((a.Y > y) != (b.Y > y) && x < ((b.X - a.X) * (y - a.Y) / (b.Y - a.Y)) + a.X)
                {
                    inside = !inside;
                }

                var dx = b.X - a.X;
                var dy = b.Y - a.Y;
                var lengthSquared = (dx * dx) + (dy * dy);
                var t = lengthSquared > 0 ? Math.Clamp((((x - a.X) * dx) + ((y - a.Y) * dy)) / lengthSquared, 0, 1) : 0;
                var ex = a.X + (t * dx) - x;
                var ey = a.Y + (t * dy) - y;
                best = Math.Min(best, (ex * ex) + (ey * ey));
            }
        }

        return inside ? MathF.Sqrt(best) : -1;
    }
}
