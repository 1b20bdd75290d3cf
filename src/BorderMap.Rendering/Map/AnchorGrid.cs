using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Claim anchors bucketed in a square grid, so "how close is the nearest anchor" costs a few cells
/// instead of a scan of every claim (maps may carry thousands). Distances are anisotropic: labels
/// are much wider than tall, so an anchor beside a point counts as closer than one above it.
/// </summary>
internal sealed class AnchorGrid
{
    private readonly Dictionary<(int, int), List<SKPoint>> _cells = [];
    private readonly float _cell;

    public AnchorGrid(IEnumerable<SKPoint> anchors, float clearance, float aspect)
    {
        Clearance = clearance;
        Aspect = aspect;
        _cell = clearance * aspect;
        foreach (var anchor in anchors)
        {
            var key = Key(anchor.X, anchor.Y);
            if (!_cells.TryGetValue(key, out var list))
            {
                _cells[key] = list = [];
            }

            list.Add(anchor);
        }
    }

    public float Clearance { get; }

    public float Aspect { get; }

    /// <summary>The scaled distance to the nearest anchor closer than <see cref="Clearance"/>, or +∞ when none is.</summary>
    public float Nearest(float x, float y)
    {
        var best = float.PositiveInfinity;
        var (cx, cy) = Key(x, y);
        for (var i = cx - 1; i <= cx + 1; i++)
        {
            for (var j = cy - 1; j <= cy + 1; j++)
            {
                if (!_cells.TryGetValue((i, j), out var list))
                {
                    continue;
                }

                foreach (var p in list)
                {
                    var (dx, dy) = ((x - p.X) / Aspect, y - p.Y);
                    var d = MathF.Sqrt((dx * dx) + (dy * dy));
                    if (d < Clearance && d < best)
                    {
                        best = d;
                    }
                }
            }
        }

        return best;
    }

    private (int, int) Key(float x, float y) => ((int)MathF.Floor(x / _cell), (int)MathF.Floor(y / _cell));
}
