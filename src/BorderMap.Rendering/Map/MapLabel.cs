using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>A placed label: its text centred on a point, turned by an angle (river labels follow the river).</summary>
internal sealed record MapLabel(ShapedLine Line, SKPoint Centre, float Degrees)
{
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
