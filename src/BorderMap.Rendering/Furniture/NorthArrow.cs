using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// A north arrow. In Web Mercator every meridian is vertical, so north is straight up everywhere on
/// the map, not only at its centre.
/// </summary>
internal static class NorthArrow
{
    public static readonly SKSize Size = new(16, 30);

    public static void Draw(SKCanvas canvas, TextShaper shaper, TextPainter painter, SKRect box)
    {
        var centreX = box.MidX;
        var letter = shaper.Shape("N", new TextStyle(8, FontWeight.Bold, Ink.Text, SKColors.White, 2));
        painter.Draw(canvas, letter, centreX - (letter.Width / 2), box.Top + letter.Ascent);

        var tip = new SKPoint(centreX, box.Top + 11);
        var bottom = box.Bottom;
        using var left = new SKPath();
        left.MoveTo(tip);
        left.LineTo(centreX - 5, bottom);
        left.LineTo(centreX, bottom - 5);
        left.Close();
        using var right = new SKPath();
        right.MoveTo(tip);
        right.LineTo(centreX + 5, bottom);
        right.LineTo(centreX, bottom - 5);
        right.Close();
        using var dark = new SKPaint { Color = Ink.Text, IsAntialias = true };
        using var light = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var outline = new SKPaint { Color = Ink.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(left, dark);
        canvas.DrawPath(right, light);
        canvas.DrawPath(right, outline);
    }
}
