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
    public static IEnumerable<SKPoint> Candidates(IReadOnlyList<SKPoint[]> rings, SKRect box, AnchorGrid anchors)
    {
        if (box.Width <= 0 || box.Height <= 0)
        {
            return [];
        }

        var coarse = Samples(rings, box, CoarseGrid, anchors).OrderByDescending(s => s.Distance).Take(Alternatives).ToList();
        if (coarse.Count == 0)
        {
            return [];
        }

        var best = coarse[0];
        var cellWidth = box.Width / CoarseGrid;
        var cellHeight = box.Height / CoarseGrid;
        var around = SKRect.Intersect(box, new SKRect(best.At.X - cellWidth, best.At.Y - cellHeight, best.At.X + cellWidth, best.At.Y + cellHeight));
        var fine = Samples(rings, around, FineGrid, anchors).Append(best).MaxBy(s => s.Distance);
        return coarse.Skip(1).Select(s => s.At).Prepend(fine.At);
    }

    private static IEnumerable<(SKPoint At, float Distance)> Samples(IReadOnlyList<SKPoint[]> rings, SKRect box, int grid, AnchorGrid anchors)
    {
        for (var i = 0; i < grid; i++)
        {
            for (var j = 0; j < grid; j++)
            {
                var x = box.Left + ((i + 0.5f) / grid * box.Width);
                var y = box.Top + ((j + 0.5f) / grid * box.Height);
                var distance = InsideDistance(rings, x, y);
                if (distance >= 0)
                {
                    yield return (new SKPoint(x, y), Math.Min(distance, anchors.Nearest(x, y)));
                }
            }
        }
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
