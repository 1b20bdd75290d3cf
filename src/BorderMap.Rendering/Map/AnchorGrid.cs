using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Claim anchors bucketed in a square grid, so "how close is the nearest anchor" costs a few cells
/// instead of a scan of every claim (maps may carry thousands). Distances are anisotropic: labels
/// are much wider than tall, so an anchor beside a point counts as closer than one above it.
/// </summary>
internal sealed class AnchorGrid
{
    private readonly float _cell;

    // The cells over the anchors' own extent (anchors are in the frame, so this stays page-sized).
    private readonly int _left;
    private readonly int _top;
    private readonly int _columns;
    private readonly int _rows;
    private readonly CellFloats?[] _cells;

    public AnchorGrid(SKPoint[] anchors, float clearance, float aspect)
    {
        Clearance = clearance;
        Aspect = aspect;
        _cell = clearance * aspect;
        if (anchors.Length == 0)
        {
            _cells = [];
            return;
        }

        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, int.MinValue, int.MinValue);
        foreach (var anchor in anchors)
        {
            var (x, y) = (Column(anchor.X), Column(anchor.Y));
            (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
        }

        (_left, _top, _columns, _rows) = (left, top, right - left + 1, bottom - top + 1);
        _cells = new CellFloats?[_columns * _rows];
        foreach (var anchor in anchors)
        {
            var index = ((Column(anchor.Y) - _top) * _columns) + Column(anchor.X) - _left;
            (_cells[index] ??= new CellFloats()).Add(anchor.X, anchor.Y);
        }
    }

    public float Clearance { get; }

    public float Aspect { get; }

    /// <summary>The scaled distance to the nearest anchor closer than <see cref="Clearance"/>, or +∞ when none is.</summary>
    public float Nearest(float x, float y)
    {
        var best = float.PositiveInfinity;
        var (cx, cy) = (Column(x) - _left, Column(y) - _top);
        for (var i = Math.Max(cx - 1, 0); i <= cx + 1 && i < _columns; i++)
        {
            for (var j = Math.Max(cy - 1, 0); j <= cy + 1 && j < _rows; j++)
            {
                if (_cells[(j * _columns) + i] is not { } points)
                {
                    continue;
                }

                for (var k = 0; k < points.Count; k += 2)
                {
                    var (dx, dy) = ((x - points[k]) / Aspect, y - points[k + 1]);
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

    private int Column(float coordinate) => (int)MathF.Floor(coordinate / _cell);
}
