using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>What a label names; placement goes in this order's spirit: focus areas first, towns last.</summary>
internal enum LabelKind
{
    Focus,
    River,
    Country,
    Province,
    Town,
}

/// <summary>
/// A placed label: its text centred on a point, turned by an angle (river labels follow the river).
/// A town label also carries the town's dot, which is drawn only when the label is placed.
/// </summary>
internal sealed record MapLabel(string Text, LabelKind Kind, ShapedLine Line, SKPoint Centre, float Degrees)
{
    /// <summary>The town's position on the page, for town labels.</summary>
    public SKPoint? Dot { get; init; }

    /// <summary>The page box the label covers, with a little air around it.</summary>
    public SKRect Box
    {
        get
        {
            var halfWidth = (Line.Width / 2) + 1.5f;
            var halfHeight = ((Line.Ascent + Line.Descent) / 2) + 1f;
            var radians = Degrees * MathF.PI / 180;
            var (sin, cos) = (MathF.Abs(MathF.Sin(radians)), MathF.Abs(MathF.Cos(radians)));
            var w = (halfWidth * cos) + (halfHeight * sin);
            var h = (halfWidth * sin) + (halfHeight * cos);
            return new SKRect(Centre.X - w, Centre.Y - h, Centre.X + w, Centre.Y + h);
        }
    }
}
