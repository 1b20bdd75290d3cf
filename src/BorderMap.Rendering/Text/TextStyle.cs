using SkiaSharp;

namespace BorderMap.Rendering.Text;

/// <summary>How a piece of text is drawn: size in points, face, colour and an optional halo that keeps it legible over the map.</summary>
internal sealed record TextStyle(float Size, FontWeight Weight, SKColor Color, SKColor Halo = default, float HaloWidth = 0)
{
    /// <summary>Line advance for wrapped text.</summary>
    public float LineHeight => Size * 1.3f;
}
