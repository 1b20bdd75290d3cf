using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Boxes bucketed in a square grid over the frame, so "does this label cover anything" looks at the
/// few boxes near it instead of scanning every claim marker: a map of 10,000 claims has 10,000
/// marker boxes, and every label candidate is tested against them. The answer is the same as the
/// scan's: two boxes that overlap share a cell. Boxes (and parts of boxes) outside the frame are
/// not kept, since no label leaves the frame.
/// </summary>
internal sealed class BoxIndex(SKRect frame)
{
    private const float CellSize = 24;

    private readonly Dictionary<(int X, int Y), List<SKRect>> _cells = [];

    public void Add(SKRect box)
    {
        if (Cells(box) is not var (left, top, right, bottom))
        {
            return;
        }

        for (var x = left; x <= right; x++)
        {
            for (var y = top; y <= bottom; y++)
            {
                if (!_cells.TryGetValue((x, y), out var boxes))
                {
                    _cells[(x, y)] = boxes = [];
                }

                boxes.Add(box);
            }
        }
    }

    /// <summary>Whether any box added intersects <paramref name="box"/> (as <see cref="SKRect.IntersectsWith(SKRect)"/>), for a box inside the frame.</summary>
    public bool AnyIntersecting(SKRect box)
    {
        if (Cells(box) is not var (left, top, right, bottom))
        {
            return false;
        }

        for (var x = left; x <= right; x++)
        {
            for (var y = top; y <= bottom; y++)
            {
                if (_cells.TryGetValue((x, y), out var boxes) && boxes.Exists(b => b.IntersectsWith(box)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The range of cells the box touches within the frame, or null when it lies wholly outside (or is not a number).</summary>
    private (int Left, int Top, int Right, int Bottom)? Cells(SKRect box)
    {
        var left = MathF.Max(box.Left, frame.Left);
        var top = MathF.Max(box.Top, frame.Top);
        var right = MathF.Min(box.Right, frame.Right);
        var bottom = MathF.Min(box.Bottom, frame.Bottom);
        if (!(left <= right && top <= bottom))
        {
            return null;
        }

        return (Cell(left - frame.Left), Cell(top - frame.Top), Cell(right - frame.Left), Cell(bottom - frame.Top));
    }

    private static int Cell(float offset) => (int)(offset / CellSize);
}
