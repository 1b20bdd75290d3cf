using System.Globalization;
using BorderMap.Core.Measurement;
using BorderMap.Rendering.Geometry;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Text;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// A scale bar that is true at the latitude of the map's centre. Web Mercator stretches distances
/// by 1/cos(latitude), so the bar's length comes from the geodesic (WGS 84) distance along the
/// centre parallel, and its caption names that latitude.
/// </summary>
internal static class ScaleBar
{
    private const float Padding = 5;
    private const float BarHeight = 4;
    private static readonly int[] RoundSteps = [5, 2, 1];

    public static SKSize Measure(MapTransform transform) => new(Length(transform).Points + 2 * Padding + 12, 34);

    public static void Draw(SKCanvas canvas, TextShaper shaper, TextPainter painter, MapTransform transform, SKRect box)
    {
        var (km, points) = Length(transform);
        using var background = new SKPaint { Color = Ink.Box, IsAntialias = true };
        canvas.DrawRect(box, background);

        var left = box.Left + Padding;
        var top = box.Top + 14;
        using var dark = new SKPaint { Color = Ink.Text, IsAntialias = true };
        using var light = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var outline = new SKPaint { Color = Ink.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        for (var i = 0; i < 4; i++)
        {
            var segment = SKRect.Create(left + (points * i / 4), top, points / 4, BarHeight);
            canvas.DrawRect(segment, i % 2 == 0 ? dark : light);
        }

        canvas.DrawRect(SKRect.Create(left, top, points, BarHeight), outline);

        var label = new TextStyle(6.5f, FontWeight.Regular, Ink.Text);
        foreach (var (value, x) in new[] { (0.0, 0f), (km / 2, points / 2), (km, points) })
        {
            var text = shaper.Shape(value == km ? $"{Format(value)} km" : Format(value), label);
            var dx = value == km ? -Math.Min(text.Width / 2, 6) : -text.Width / 2;
            painter.Draw(canvas, text, left + x + dx, top - 3);
        }

        var latitude = transform.ToLonLat(new SKPoint(transform.Frame.MidX, transform.Frame.MidY)).Y;
        var caption = string.Create(CultureInfo.InvariantCulture, $"Scale at {Math.Abs(latitude):0.#}° {(latitude >= 0 ? "N" : "S")}");
        painter.Draw(canvas, shaper.Shape(caption, new TextStyle(6, FontWeight.Regular, Ink.Muted)), left, top + BarHeight + 9);
    }

    /// <summary>A round distance (1, 2 or 5 × 10ⁿ km) about a sixth of the map wide, and its length in points.</summary>
    internal static (double Km, float Points) Length(MapTransform transform)
    {
        var centre = new SKPoint(transform.Frame.MidX, transform.Frame.MidY);
        const float probe = 50;
        var west = transform.ToLonLat(centre - new SKPoint(probe, 0));
        var east = transform.ToLonLat(centre + new SKPoint(probe, 0));
        var kmPerPoint = Geodesic.Distance(new Coordinate(west.X, west.Y), new Coordinate(east.X, east.Y)) / 1000 / (2 * probe);
        var target = transform.Frame.Width / 6 * kmPerPoint;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var km = RoundStep(magnitude, target);
        return (km, (float)(km / kmPerPoint));
    }

    /// <summary>The largest round step at this magnitude that is no longer than the target (a loop: LINQ over numbers is JIT-compiled at start).</summary>
    private static double RoundStep(double magnitude, double target)
    {
        foreach (var step in RoundSteps)
        {
            if (step * magnitude <= target)
            {
                return step * magnitude;
            }
        }

        return magnitude; // unreachable: 1 × 10ⁿ ≤ target by the choice of n, and 1 is the last step
    }

    private static string Format(double km) => km.ToString("0.###", CultureInfo.InvariantCulture);
}
