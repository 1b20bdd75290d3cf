using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Layout;

/// <summary>
/// Lines of shaped text stacked top to bottom, measured before they are drawn, so layouts can ask
/// "does this fit?" first. Offsets are relative to the block's top-left corner.
/// </summary>
internal sealed class TextBlock
{
    private readonly List<PlacedLine> _lines = [];

    public float Height { get; private set; }

    public float Width
    {
        get
        {
            var width = 0f;
            for (var i = 0; i < _lines.Count; i++)
            {
                width = i == 0 ? _lines[i].Right : Math.Max(width, _lines[i].Right);
            }

            return width;
        }
    }

    /// <summary>Adds lines below what is there, indented by <paramref name="x"/>.</summary>
    public TextBlock Add(IEnumerable<ShapedLine> lines, float x = 0)
    {
        foreach (var line in lines)
        {
            _lines.Add(new PlacedLine(line, x, Height + line.Ascent));
            Height += line.Style.LineHeight;
        }

        return this;
    }

    public TextBlock Space(float points)
    {
        Height += points;
        return this;
    }

    public void Draw(SKCanvas canvas, TextPainter painter, float left, float top)
    {
        foreach (var placed in _lines)
        {
            painter.Draw(canvas, placed.Line, left + placed.X, top + placed.Baseline);
        }
    }

    // A class, not a value tuple, so the list's code comes from the ReadyToRun image instead of the JIT.
    private sealed record PlacedLine(ShapedLine Line, float X, float Baseline)
    {
        public float Right => X + Line.Width;
    }
}
