using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// One category symbol of the shared style at one size, drawn with the web map's proportions
/// (symbols.ts): each kind scaled to a similar visual weight, filled with the category colour, with
/// a white halo. The shape is built once at the origin and stamped wherever a claim sits, so a map
/// with thousands of claims builds a handful of paths, not thousands.
/// </summary>
internal sealed class ClaimSymbol : IDisposable
{
    private readonly SKPath _shape;
    private readonly SKPaint _halo;
    private readonly SKPaint _fill;
    private readonly SKPath? _haloShape;

    public ClaimSymbol(string kind, SKColor colour, float radius)
    {
        _halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = RenderStyle.Px(1.5f), StrokeJoin = SKStrokeJoin.Miter };
        _fill = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        if (kind == "cross")
        {
            // A plus sign: a wide white round-capped stroke under a coloured one.
            _halo.StrokeWidth = (radius * 0.75f) + RenderStyle.Px(3);
            _halo.StrokeCap = SKStrokeCap.Round;
            _fill.Style = SKPaintStyle.Stroke;
            _fill.StrokeWidth = radius * 0.75f;
            _haloShape = Plus(radius * 1.15f);
            _shape = Plus(radius * 1.05f);
        }
        else
        {
            _shape = Shape(kind, radius);
        }

        using var halo = _halo.GetFillPath(_haloShape ?? _shape);
        Bounds = halo.Bounds;
    }

    /// <summary>What the symbol covers around its centre, its halo included (anti-aliasing aside).</summary>
    public SKRect Bounds { get; }

    /// <summary>Nominal symbol radius: 8 CSS px, as on screen.</summary>
    public static float Radius(RenderStyle style) => style.Line("symbolRadius");

    public void Draw(SKCanvas canvas, SKPoint centre)
    {
        canvas.Save();
        canvas.Translate(centre.X, centre.Y);
        if (_haloShape is not null)
        {
            canvas.DrawPath(_haloShape, _halo);
            canvas.DrawPath(_shape, _fill);
        }
        else
        {
            canvas.DrawPath(_shape, _fill);
            canvas.DrawPath(_shape, _halo);
        }

        canvas.Restore();
    }

    public void Dispose()
    {
        _shape.Dispose();
        _haloShape?.Dispose();
        _halo.Dispose();
        _fill.Dispose();
    }

    private static SKPath Shape(string kind, float radius)
    {
        switch (kind)
        {
            case "square":
                return Polygon(4, radius * 1.05f, radius * 1.05f, MathF.PI / 4);
            case "triangle":
                return Polygon(3, radius * 1.25f, radius * 1.25f, 0);
            case "diamond":
                return Polygon(4, radius * 1.2f, radius * 1.2f, 0);
            case "star":
                return Polygon(5, radius * 1.3f, radius * 0.55f, 0);
            case "hexagon":
                return Polygon(6, radius, radius, 0);
            default:
                var circle = new SKPath();
                circle.AddCircle(0, 0, radius * 0.9f);
                return circle;
        }
    }

    /// <summary>
    /// A regular polygon, or a star when the inner radius is smaller, with a vertex straight up at
    /// angle 0 (OpenLayers' RegularShape convention).
    /// </summary>
    private static SKPath Polygon(int points, float outer, float inner, float angle)
    {
        var path = new SKPath();
        var star = inner < outer;
        var vertices = star ? points * 2 : points;
        for (var i = 0; i < vertices; i++)
        {
            var r = star && i % 2 == 1 ? inner : outer;
            var a = angle + (2 * MathF.PI * i / vertices);
            var p = new SKPoint(r * MathF.Sin(a), -r * MathF.Cos(a));
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

    private static SKPath Plus(float arm)
    {
        var path = new SKPath();
        path.MoveTo(0, -arm);
        path.LineTo(0, arm);
        path.MoveTo(-arm, 0);
        path.LineTo(arm, 0);
        return path;
    }
}
