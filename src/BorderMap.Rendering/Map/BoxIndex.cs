using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Boxes bucketed in a square grid over the frame, so "does this label cover anything" looks at the
/// few boxes near it instead of scanning every claim marker: a map of 10,000 claims has 10,000
/// marker boxes, and every label candidate is tested against them. The answer is the same as the
/// scan's: two boxes that overlap share a cell. Boxes (and parts of boxes) outside the frame are
/// not kept, since no label leaves the frame.
/// </summary>
internal sealed class BoxIndex
{
    private const float CellSize = 24;

    private readonly SKRect _frame;
    private readonly int _columns;
    private readonly CellFloats?[] _cells;

    public BoxIndex(SKRect frame)
    {
        _frame = frame;
        _columns = Cell(frame.Width) + 1;
        _cells = new CellFloats?[_columns * (Cell(frame.Height) + 1)];
    }

    public void Add(SKRect box)
    {
        if (!Cells(box, out var left, out var top, out var right, out var bottom))
        {
            return;
        }

        for (var x = left; x <= right; x++)
        {
            for (var y = top; y <= bottom; y++)
            {
                (_cells[(y * _columns) + x] ??= new CellFloats()).Add(box.Left, box.Top, box.Right, box.Bottom);
            }
        }
    }

    /// <summary>Whether any box added intersects <paramref name="box"/> (as <see cref="SKRect.IntersectsWith(SKRect)"/>), for a box inside the frame.</summary>
    public bool AnyIntersecting(SKRect box)
    {
        if (!Cells(box, out var left, out var top, out var right, out var bottom))
        {
            return false;
        }

        for (var x = left; x <= right; x++)
        {
            for (var y = top; y <= bottom; y++)
            {
                if (_cells[(y * _columns) + x] is { } boxes && AnyIntersecting(boxes, box))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyIntersecting(CellFloats boxes, SKRect box)
    {
        for (var i = 0; i < boxes.Count; i += 4)
        {
            if (new SKRect(boxes[i], boxes[i + 1], boxes[i + 2], boxes[i + 3]).IntersectsWith(box))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The range of cells the box touches within the frame; false when it lies wholly outside (or is not a number).</summary>
    private bool Cells(SKRect box, out int left, out int top, out int right, out int bottom)
    {
        var l = MathF.Max(box.Left, _frame.Left);
        var t = MathF.Max(box.Top, _frame.Top);
        var r = MathF.Min(box.Right, _frame.Right);
        var b = MathF.Min(box.Bottom, _frame.Bottom);
        (left, top, right, bottom) = (Cell(l - _frame.Left), Cell(t - _frame.Top), Cell(r - _frame.Left), Cell(b - _frame.Top));
        return l <= r && t <= b;
    }

    private static int Cell(float offset) => (int)(offset / CellSize);
}
