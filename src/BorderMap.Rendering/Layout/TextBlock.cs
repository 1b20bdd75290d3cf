using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Layout;

/// <summary>
/// Lines of shaped text stacked top to bottom, measured before they are drawn, so layouts can ask
/// "does this fit?" first. Offsets are relative to the block's top-left corner.
/// </summary>
internal sealed class TextBlock
{
    private readonly List<(ShapedLine Line, float X, float Baseline)> _lines = [];

    public float Height { get; private set; }

    public float Width => _lines.Count == 0 ? 0 : _lines.Max(l => l.X + l.Line.Width);

    /// <summary>Adds lines below what is there, indented by <paramref name="x"/>.</summary>
    public TextBlock Add(IEnumerable<ShapedLine> lines, float x = 0)
    {
        foreach (var line in lines)
        {
            _lines.Add((line, x, Height + line.Ascent));
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
        foreach (var (line, x, baseline) in _lines)
        {
            painter.Draw(canvas, line, left + x, top + baseline);
        }
    }
}
