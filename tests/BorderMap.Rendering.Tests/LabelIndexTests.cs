using BorderMap.Rendering.Map;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// The grid indexes label placement asks "is this spot free?" must answer exactly as a scan of every
/// box or anchor would, or labels would land on claim markers or vanish where there is room.
/// </summary>
public sealed class LabelIndexTests
{
    private static readonly SKRect Frame = SKRect.Create(40, 30, 900, 600);

    [Fact]
    public void Box_index_finds_an_overlap_exactly_when_a_scan_does()
    {
        var random = new Random(7);
        var boxes = Enumerable.Range(0, 1500).Select(_ => RandomBox(random, 30)).ToList();
        var index = new BoxIndex(Frame);
        boxes.ForEach(index.Add);

        var queries = Enumerable.Range(0, 3000).Select(_ => RandomBox(random, 60)).Where(Frame.Contains).ToList();
        var hits = queries.Count(q => index.AnyIntersecting(q));
        Assert.All(queries, q => Assert.Equal(boxes.Exists(b => b.IntersectsWith(q)), index.AnyIntersecting(q)));
        Assert.InRange(hits, 1, queries.Count - 1);   // both answers occur
    }

    [Fact]
    public void Anchor_grid_gives_the_nearest_anchor_within_clearance_as_a_scan_does()
    {
        var random = new Random(11);
        var anchors = Enumerable.Range(0, 800).Select(_ => new SKPoint(Frame.Left + (random.NextSingle() * Frame.Width), Frame.Top + (random.NextSingle() * Frame.Height))).ToArray();
        var grid = new AnchorGrid(anchors, clearance: 22.5f, aspect: 3);

        var near = 0;
        for (var i = 0; i < 3000; i++)
        {
            // Also outside the anchors' extent, where the grid has no cells.
            var (x, y) = (-100 + (random.NextSingle() * 1200), -100 + (random.NextSingle() * 900));
            var scan = anchors.Select(a => Scaled(x - a.X, y - a.Y)).Where(d => d < 22.5f).DefaultIfEmpty(float.PositiveInfinity).Min();
            Assert.Equal(scan, grid.Nearest(x, y));
            near += float.IsFinite(scan) ? 1 : 0;
        }

        Assert.InRange(near, 100, 2900);
    }

    [Fact]
    public void An_empty_anchor_grid_is_clear_everywhere()
    {
        Assert.Equal(float.PositiveInfinity, new AnchorGrid([], 22.5f, 3).Nearest(100, 100));
    }

    private static float Scaled(float dx, float dy)
    {
        var (sx, sy) = (dx / 3, dy);
        return MathF.Sqrt((sx * sx) + (sy * sy));
    }

    private static SKRect RandomBox(Random random, float maxSize) =>
        SKRect.Create(Frame.Left - 20 + (random.NextSingle() * (Frame.Width + 40)), Frame.Top - 20 + (random.NextSingle() * (Frame.Height + 40)), 1 + (random.NextSingle() * maxSize), 1 + (random.NextSingle() * maxSize));
}
