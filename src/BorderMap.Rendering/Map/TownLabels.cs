using BorderMap.Core.Towns;
using BorderMap.Rendering.Geometry;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The town layer: a dot and a name for each town in the frame, capitals largest. Each town offers
/// its name right of the dot, then left, above and below, then the same again clear of a claim
/// symbol that may sit on the town (<paramref name="symbolRadius"/>); the placer keeps the first that collides
/// with nothing, and drops the town (dot and all) when none fits, so on a crowded map the lower
/// ranks go first (<see cref="TownCatalog"/> lists towns most important first).
/// </summary>
internal sealed class TownLabels(TextShaper shaper, float symbolRadius)
{
    public const float DotRadius = 1.9f;
    private const float Gap = 2.5f;

    private static readonly SKColor TownInk = new(0x26, 0x22, 0x1c);
    private static readonly SKColor Halo = new(255, 255, 255, 220);

    /// <summary>Candidate labels per town in the frame, most important town first; each list best first.</summary>
    public IEnumerable<IReadOnlyList<MapLabel>> Candidates(IReadOnlyList<Town> towns, MapTransform transform)
    {
        foreach (var town in towns)
        {
            var dot = transform.ToPage(new NetTopologySuite.Geometries.Coordinate(town.Lon, town.Lat));
            if (!transform.Frame.Contains(dot))
            {
                continue;
            }

            var line = shaper.Shape(town.Name, StyleFor(town.Rank));
            var (near, clear) = (Around(dot, line, DotRadius), Around(dot, line, symbolRadius));
            var labels = new MapLabel[near.Length + clear.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                var centre = i < near.Length ? near[i] : clear[i - near.Length];
                labels[i] = new MapLabel(town.Name, LabelKind.Town, line, centre, 0) { Dot = dot };
            }

            yield return labels;
        }
    }

    /// <summary>Label centres right, left, above and below a dot, leaving <paramref name="clearance"/> around it.</summary>
    private static SKPoint[] Around(SKPoint dot, ShapedLine line, float clearance)
    {
        var (halfWidth, halfHeight) = ((line.Width / 2) + Gap + clearance, ((line.Ascent + line.Descent) / 2) + clearance + 1.5f);
        return [new(dot.X + halfWidth, dot.Y), new(dot.X - halfWidth, dot.Y), new(dot.X, dot.Y - halfHeight), new(dot.X, dot.Y + halfHeight)];
    }

    public static void DrawDot(SKCanvas canvas, SKPoint dot)
    {
        using var fill = new SKPaint { Color = TownInk, IsAntialias = true };
        using var ring = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.9f };
        canvas.DrawCircle(dot, DotRadius, ring);
        canvas.DrawCircle(dot, DotRadius, fill);
    }

    /// <summary>The box a town's dot covers, which other labels keep clear of.</summary>
    public static SKRect DotBox(SKPoint dot) => SKRect.Create(dot.X - DotRadius - 0.5f, dot.Y - DotRadius - 0.5f, (DotRadius + 0.5f) * 2, (DotRadius + 0.5f) * 2);

    private static TextStyle StyleFor(TownRank rank) => rank switch
    {
        TownRank.Capital => new TextStyle(RenderStyle.Px(11.5f), FontWeight.Bold, TownInk, Halo, RenderStyle.Px(3)),
        TownRank.Provincial => new TextStyle(RenderStyle.Px(10), FontWeight.Regular, TownInk, Halo, RenderStyle.Px(3)),
        _ => new TextStyle(RenderStyle.Px(9), FontWeight.Regular, TownInk.WithAlpha(215), Halo, RenderStyle.Px(2.5f)),
    };
}
