using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Furniture;
using BorderMap.Rendering.Geometry;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// Lays out and draws a small-multiples page: the title, a grid of maps of one frame at one scale,
/// each captioned with its days, then beside the grid the one legend (every category on any of the
/// maps), one scale bar and one north arrow they share, and the footer. The maps carry the areas,
/// the river and the claim symbols (pale when dated only to the week or month), without labels or
/// quotes, which would not be readable at this size.
/// </summary>
internal sealed class SmallMultiplesComposer : IDisposable
{
    private const float Gap = 10;
    private const float CaptionHeight = 12;

    private readonly RenderStyle _style = RenderStyle.Default;
    private readonly TextShaper _shaper = new(FontSet.Default);
    private readonly TextPainter _painter = new(TextMode.Glyphs);
    private readonly AreaCatalog _areas;
    private readonly AreaCatalog _shownAreas;
    private readonly AreaRoles _roles;
    private readonly TextBlock _title;
    private readonly TextBlock _footer;
    private readonly PageSpec _page;
    private readonly List<(MapTransform Transform, ShapedLine Caption, IReadOnlyList<PlacedClaim> Claims, IReadOnlySet<string> Uncertain)> _maps = [];
    private readonly Legend _legend;
    private readonly SKRect _side;
    private readonly TextBlock _pale;
    private readonly bool _anyUncertain;

    public SmallMultiplesComposer(SmallMultiplesRequest request, AreaCatalog areas, IReadOnlyList<Claim> claims)
    {
        var template = request.Template;
        (_areas, _page, _roles) = (areas, template.Page, new AreaRoles(areas));
        _shownAreas = new AreaCatalog([.. areas.Layers.Where(l => template.Layers.Contains(l.Id))]);
        var wrapper = new TextWrapper(_shaper);
        var margin = PageLayout.Margin(_page);
        var contentWidth = _page.Width - (2 * margin);
        var range = $"{FramePlan.LongDate(request.Frames.Min(f => f.From))} to {FramePlan.LongDate(request.Frames.Max(f => f.To))}";
        _title = TitleBlock.Compose(wrapper, template.Title, template.Subtitle ?? range, contentWidth);
        var frames = new FrameClaims(template.Layers.Contains("claims") ? claims : []);
        var shown = request.Frames.SelectMany(frames.In).DistinctBy(c => c.Id).ToList();
        _footer = Attribution.Compose(wrapper, FilterCaption.For(request.StoreFilter, areas), shown.Count, template.Date, contentWidth);
        _legend = new Legend(_style, _shaper, [.. shown.Select(c => new PlacedClaim(ClaimMark.Of(c), default, default, false))], areas);
        _pale = new TextBlock().Add(wrapper.Wrap(FrameClaims.PaleNote, new TextStyle(6.5f, FontWeight.Regular, Ink.Muted), _legend.Size.Width));

        var body = new SKRect(margin, margin + _title.Height + Gap, _page.Width - margin, _page.Height - margin - _footer.Height - Gap);
        _side = new SKRect(body.Right - _legend.Size.Width, body.Top, body.Right, body.Bottom);
        var extent = WebMercator.Project(MapComposer.FrameExtent(template, areas));
        var grid = MapGrid.Compute(new SKRect(body.Left, body.Top, _side.Left - Gap, body.Bottom), request.Frames.Count, extent.Width / extent.Height, CaptionHeight);
        var ranking = new ClaimRanking(areas, _roles, template.Filter.Region, null);
        var captionStyle = new TextStyle(8, FontWeight.Bold, Ink.Text);
        var anyUncertain = false;
        foreach (var (frame, box) in request.Frames.Zip(grid.Maps))
        {
            var (frameRequest, frameClaims) = frames.Frame(template, frame, withCaption: false);
            var transform = new MapTransform(MapComposer.FrameExtent(template, areas), box);
            var caption = _shaper.Shape(frame.Caption, captionStyle);
            // Symbols stay on their places: spread apart, they would wander far across a map this small.
            var placed = ClaimPlacement.Place([.. frameClaims.Select(ClaimMark.Of)], transform, ranking, null).Select(c => c with { Symbol = c.Anchor }).ToList();
            _maps.Add((transform, caption, placed, frameRequest.UncertainClaimIds));
            anyUncertain |= frameRequest.UncertainClaimIds.Count > 0;
        }

        _anyUncertain = anyUncertain;
    }

    public void Draw(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        var margin = PageLayout.Margin(_page);
        _title.Draw(canvas, _painter, margin, margin);
        foreach (var map in _maps)
        {
            DrawMap(canvas, map.Transform, map.Caption, map.Claims, map.Uncertain);
        }

        var legendBox = SKRect.Create(_side.Left, _side.Top, _legend.Size.Width, _legend.Size.Height);
        _legend.Draw(canvas, _painter, legendBox);
        var top = legendBox.Bottom + Gap;
        if (_anyUncertain)
        {
            _pale.Draw(canvas, _painter, _side.Left, top);
            top += _pale.Height + Gap;
        }

        var transform = ScaleTransform(_maps[0].Transform, _legend.Size.Width);
        var scaleSize = ScaleBar.Measure(transform);
        var scaleBox = SKRect.Create(_side.Left, top, scaleSize.Width, scaleSize.Height);
        ScaleBar.Draw(canvas, _shaper, _painter, transform, scaleBox);
        NorthArrow.Draw(canvas, _shaper, _painter, SKRect.Create(_side.Left, scaleBox.Bottom + Gap, NorthArrow.Size.Width, NorthArrow.Size.Height));
        _footer.Draw(canvas, _painter, margin, _page.Height - margin - _footer.Height);
    }

    public void Dispose() => _shaper.Dispose();

    /// <summary>
    /// The maps' scale around the same centre, on a frame wide enough that the scale bar (a sixth of
    /// its frame) comes out about as long as the legend is wide rather than a sixth of one small map.
    /// </summary>
    private static MapTransform ScaleTransform(MapTransform map, float width)
    {
        var factor = Math.Max(1, width * 6 / 1.3 / map.Frame.Width);
        var (centre, projected) = (map.Projected.Centre, map.Projected);
        var grown = new NetTopologySuite.Geometries.Envelope(
            centre.X - (projected.Width * factor / 2), centre.X + (projected.Width * factor / 2),
            centre.Y - (projected.Height * factor / 2), centre.Y + (projected.Height * factor / 2));
        return new MapTransform(WebMercator.Unproject(grown), SKRect.Create(0, 0, (float)(map.Frame.Width * factor), (float)(map.Frame.Height * factor)));
    }

    private void DrawMap(SKCanvas canvas, MapTransform transform, ShapedLine caption, IReadOnlyList<PlacedClaim> claims, IReadOnlySet<string> uncertain)
    {
        var frame = transform.Frame;
        _painter.Draw(canvas, caption, frame.Left, frame.Top - 4);
        BaseMapPainter.PaintClipped(canvas, _style, _roles, transform, _shownAreas);
        new ClaimMarkerPainter(_style, _shaper, _painter, uncertain).Paint(canvas, claims);
        canvas.Restore();
        using var border = new SKPaint { Color = Ink.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        canvas.DrawRect(frame, border);
    }
}
