using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The category symbols of the shared style, drawn with the web map's proportions (symbols.ts):
/// each kind scaled to a similar visual weight, filled with the category colour, with a white halo.
/// </summary>
internal static class ClaimSymbol
{
    /// <summary>Nominal symbol radius: 8 CSS px, as on screen.</summary>
    public static float Radius(RenderStyle style) => style.Line("symbolRadius");

    public static void Draw(SKCanvas canvas, string kind, SKColor colour, SKPoint centre, float radius)
    {
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(1.5f), StrokeJoin = SKStrokeJoin.Miter };
        using var fill = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        if (kind == "cross")
        {
            // A plus sign: a wide white round-capped stroke under a coloured one.
            halo.StrokeWidth = (radius * 0.75f) + RenderStyle.Px(3);
            halo.StrokeCap = SKStrokeCap.Round;
            fill.Style = SKPaintStyle.Stroke;
            fill.StrokeWidth = radius * 0.75f;
            using var outer = Plus(centre, radius * 1.15f);
            using var inner = Plus(centre, radius * 1.05f);
            canvas.DrawPath(outer, halo);
            canvas.DrawPath(inner, fill);
            return;
        }

        using var path = Shape(kind, centre, radius);
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, halo);
    }

    private static SKPath Shape(string kind, SKPoint centre, float radius)
    {
        switch (kind)
        {
            case "square":
                return Polygon(centre, 4, radius * 1.05f, radius * 1.05f, MathF.PI / 4);
            case "triangle":
                return Polygon(centre, 3, radius * 1.25f, radius * 1.25f, 0);
            case "diamond":
                return Polygon(centre, 4, radius * 1.2f, radius * 1.2f, 0);
            case "star":
                return Polygon(centre, 5, radius * 1.3f, radius * 0.55f, 0);
            case "hexagon":
                return Polygon(centre, 6, radius, radius, 0);
            default:
                var circle = new SKPath();
                circle.AddCircle(centre.X, centre.Y, radius * 0.9f);
                return circle;
        }
    }

    /// <summary>
    /// A regular polygon, or a star when the inner radius is smaller, with a vertex straight up at
    /// angle 0 (OpenLayers' RegularShape convention).
    /// </summary>
    private static SKPath Polygon(SKPoint centre, int points, float outer, float inner, float angle)
    {
        var path = new SKPath();
        var star = inner < outer;
        var vertices = star ? points * 2 : points;
        for (var i = 0; i < vertices; i++)
        {
            var r = star && i % 2 == 1 ? inner : outer;
            var a = angle + (2 * MathF.PI * i / vertices);
            var p = new SKPoint(centre.X + (r * MathF.Sin(a)), centre.Y - (r * MathF.Cos(a)));
            if (i == 0)
            {
                path.MoveTo(p);
            }
            else
            {
                path.LineTo(p);
            }
        }

        path.Close();
        return path;
    }

    private static SKPath Plus(SKPoint centre, float arm)
    {
        var path = new SKPath();
        path.MoveTo(centre.X, centre.Y - arm);
        path.LineTo(centre.X, centre.Y + arm);
        path.MoveTo(centre.X - arm, centre.Y);
        path.LineTo(centre.X + arm, centre.Y);
        return path;
    }
}
