using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Moves claim symbols that would overlap apart, exactly as the web map does (spread.ts), with its
/// CSS-pixel distances in points. Anchors that coincide or lie within one symbol of each other form a
/// group; a group's symbols sit on a ring around its centre (up to eight) or on a Fermat spiral;
/// groups whose footprints touch merge until none do. The merging is quadratic, so callers spread
/// only maps with a few hundred claims (see <see cref="ClaimPlacement"/>).
/// </summary>
internal static class SymbolSpreader
{
    private static readonly float Footprint = RenderStyle.Px(11);
    private static readonly float Spacing = RenderStyle.Px(22);
    private static readonly float MinRingRadius = RenderStyle.Px(14);
    private static readonly float SpiralStep = RenderStyle.Px(12);
    private const int RingMax = 8;
    private static readonly double GoldenAngle = Math.PI * (3 - Math.Sqrt(5));

    /// <summary>Where each anchor's symbol goes; input order decides the order around a ring.</summary>
    public static SKPoint[] Spread(IReadOnlyList<SKPoint> anchors)
    {
        var groups = anchors
            .Select((a, i) => (Key: (MathF.Round(a.X * 2), MathF.Round(a.Y * 2)), Index: i))
            .GroupBy(a => a.Key)
            .Select(g => new Group([.. g.Select(a => a.Index)], anchors[g.First().Index]))
            .ToList();
        MergeOverlapping(groups, anchors);

        var placed = new SKPoint[anchors.Count];
        foreach (var group in groups)
        {
            var offsets = Offsets(group.Members.Count);
            for (var i = 0; i < group.Members.Count; i++)
            {
                placed[group.Members[i]] = group.Centre + offsets[i];
            }
        }

        return placed;
    }

    private static void MergeOverlapping(List<Group> groups, IReadOnlyList<SKPoint> anchors)
    {
        for (var merged = true; merged;)
        {
            merged = false;
            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var (a, b) = (groups[i], groups[j]);
                    if (SKPoint.Distance(a.Centre, b.Centre) >= Reach(a.Members.Count) + Reach(b.Members.Count))
                    {
                        continue;
                    }

                    List<int> members = [.. a.Members.Concat(b.Members).Order()];
                    var centre = new SKPoint(members.Average(m => anchors[m].X), members.Average(m => anchors[m].Y));
                    groups[i] = new Group(members, centre);
                    groups.RemoveAt(j);
                    j = i; // re-check the grown group against all later ones
                    merged = true;
                }
            }
        }
    }

    private static float RingRadius(int count) => Math.Max(MinRingRadius, Spacing * count / (2 * MathF.PI));

    private static float Reach(int count) => count switch
    {
        <= 1 => Footprint,
        <= RingMax => RingRadius(count) + Footprint,
        _ => (SpiralStep * MathF.Sqrt(count)) + Footprint,
    };

    // The first symbol straight up, then clockwise.
    private static SKPoint[] Offsets(int count)
    {
        if (count <= 1)
        {
            return [SKPoint.Empty];
        }

        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (radius, angle) = count <= RingMax
                ? (RingRadius(count), (-Math.PI / 2) + (2 * Math.PI * i / count))
                : (SpiralStep * Math.Sqrt(i + 1), (-Math.PI / 2) + (i * GoldenAngle));
            return new SKPoint((float)(radius * Math.Cos(angle)), (float)(radius * Math.Sin(angle)));
        })];
    }

    private sealed record Group(List<int> Members, SKPoint Centre);
}
