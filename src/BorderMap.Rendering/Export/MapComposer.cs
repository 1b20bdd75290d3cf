using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Furniture;
using BorderMap.Rendering.Geometry;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Map;
using BorderMap.Rendering.Text;
using SkiaSharp;

namespace BorderMap.Rendering.Export;

/// <summary>
/// Lays out one export and draws it onto any Skia canvas in page points: the same drawing code
/// makes the PNG, the SVG and the PDF. Layout runs first (title, footer, quote panel, which numbers
/// the claims, legend and furniture boxes), so labels can keep clear of everything drawn over the map.
/// The map is laid out from the claims' marks; the quote panel then needs the whole claims of
/// those it may list (<see cref="QuotableClaimIds"/>), handed to <see cref="Quote"/> before <see cref="Draw"/>.
/// </summary>
internal sealed class MapComposer : IDisposable
{
    private const float FurnitureInset = 8;

    /// <summary>The whole Tajikistan–Afghanistan area, as the web map's home view (map.ts).</summary>
    private static readonly NetTopologySuite.Geometries.Envelope HomeExtent = new(60, 75.5, 29, 41.5);

    private readonly ExportRequest _request;
    private readonly AreaCatalog _areas;
    private readonly AreaCatalog _shownAreas;
    private readonly RenderStyle _style = RenderStyle.Default;
    private readonly AreaRoles _roles;
    private readonly TextShaper _shaper = new(FontSet.Default);
    private readonly TextPainter _painter;
    private readonly PageLayout _layout;
    private readonly TextBlock _title;
    private readonly TextBlock _footer;
    private readonly MapTransform _transform;
    private readonly QuotePanel _panel;
    private readonly IReadOnlyList<PlacedClaim> _placed;
    private readonly IReadOnlyList<Source> _sources;
    private readonly TownCatalog _towns;
    private readonly BaseMapCache? _baseMap;
    private readonly bool _raster;
    private QuotePanel.Composition? _quotes;
    private Claim? _selected;

    /// <param name="matching">The marks of the claims that meet the request's filter, in creation order.</param>
    /// <param name="raster">Whether the page is drawn into pixels (PNG and animation frames), where claim symbols are stamped from sprites; PDF and SVG stay vector.</param>
    /// <param name="baseMap">For raster pages only: the base map drawn once for a series of frames.</param>
    public MapComposer(ExportRequest request, AreaCatalog areas, TownCatalog towns, IReadOnlyList<Source> sources, IReadOnlyList<ClaimMark> matching, TextMode mode, bool raster, BaseMapCache? baseMap = null)
    {
        _baseMap = baseMap;
        _raster = raster;
        _towns = towns;
        _request = request;
        _areas = areas;
        _roles = new AreaRoles(areas);
        _shownAreas = new AreaCatalog([.. areas.Layers.Where(l => request.Layers.Contains(l.Id))]);
        _painter = new TextPainter(mode);
        var wrapper = new TextWrapper(_shaper);
        var page = request.Page;
        var contentWidth = page.Width - (2 * PageLayout.Margin(page));
        _title = TitleBlock.Compose(wrapper, request.Title, request.Subtitle, contentWidth);

        // The footer states how many claims are on the map, which depends on the frame, which depends
        // on the footer's height: measure it with the count of all matching claims, which is never
        // shorter than the final one.
        var drawn = request.Layers.Contains("claims") ? matching : [];
        var caption = FilterCaption.For(request.Filter, areas);
        _layout = PageLayout.Compute(page, _title.Height, Attribution.Compose(wrapper, caption, drawn.Count, request.Date, contentWidth).Height);
        _transform = new MapTransform(FrameExtent(request, areas), _layout.Map);
        var ranking = new ClaimRanking(areas, _roles, request.Filter.Region, request.SelectedClaimId);
        _placed = ClaimPlacement.Place(drawn, _transform, ranking, request.SelectedClaimId);
        _footer = Attribution.Compose(wrapper, caption, _placed.Count, request.Date, contentWidth);
        _panel = new QuotePanel(_style, wrapper, _painter, new QuoteEntry(wrapper, new ResolvedPlace(areas, towns), request.Quotes, areas));
        _sources = sources;
    }

    /// <summary>The ids of the claims the quote panel may list, in marker order: those <see cref="Quote"/> needs whole.</summary>
    public IReadOnlyList<string> QuotableClaimIds =>
        [.. _placed.Take(QuotePanel.Capacity(_layout.Panel, _layout.PanelColumns)).Select(c => c.Mark.Id)];

    /// <summary>Composes the quote panel from <paramref name="quoted"/>, the whole claims of (at least) <see cref="QuotableClaimIds"/> by id.</summary>
    /// <param name="events">The events of the numbered claims, listed above the sources.</param>
    public void Quote(IReadOnlyDictionary<string, Claim> quoted, IReadOnlyList<ExportEvent>? events = null)
    {
        _quotes = _panel.Compose(_placed, quoted, _sources, _layout.Panel, _layout.PanelColumns, events);
        _selected = _request.SelectedClaimId is { } id ? quoted.GetValueOrDefault(id) : null;
    }

    /// <summary>The labels the last <see cref="Draw"/> (or <see cref="LayOutOverlay"/>) placed on the map.</summary>
    public IReadOnlyList<PlacedLabel> Labels { get; private set; } = [];

    public void Draw(SKCanvas canvas)
    {
        DrawBase(canvas);
        DrawOverlay(canvas, LayOutOverlay());
    }

    /// <summary>
    /// What a page starts with, which needs neither the quoted claims nor the labels: the white page,
    /// the title and the base map. It leaves the canvas clipped to the map's frame (saved once) for
    /// <see cref="DrawOverlay"/>, and touches nothing <see cref="Quote"/> and <see cref="LayOutOverlay"/>
    /// change, so it may run on another thread while they do.
    /// </summary>
    public void DrawBase(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        _title.Draw(canvas, _painter, _layout.Header.Left, _layout.Header.Top);
        if (_baseMap is null)
        {
            BaseMapPainter.PaintClipped(canvas, _style, _roles, _transform, _shownAreas);
        }
        else
        {
            _baseMap.PaintClipped(canvas, _request.Page, _transform, c => BaseMapPainter.PaintClipped(c, _style, _roles, _transform, _shownAreas));
        }
    }

    /// <summary>Places the labels and the map's furniture, clear of the markers and each other: what <see cref="DrawOverlay"/> draws over the base map. Needs <see cref="Quote"/> first.</summary>
    public Overlay LayOutOverlay()
    {
        var quotes = _quotes ?? throw new InvalidOperationException("the quote panel is drawn from the quoted claims: call Quote first");
        var claims = quotes.Claims;
        var frame = _transform.Frame;
        var legend = new Legend(_style, _shaper, claims, _areas);
        var legendBox = SKRect.Create(frame.Left + FurnitureInset, frame.Top + FurnitureInset, legend.Size.Width, legend.Size.Height);
        var arrowBox = SKRect.Create(frame.Right - FurnitureInset - NorthArrow.Size.Width, frame.Top + FurnitureInset, NorthArrow.Size.Width, NorthArrow.Size.Height);
        var scaleSize = ScaleBar.Measure(_transform);
        var scaleBox = SKRect.Create(frame.Left + FurnitureInset, frame.Bottom - FurnitureInset - scaleSize.Height, scaleSize.Width, scaleSize.Height);
        var insetSize = LocatorInset.Measure(frame);
        var insetBox = SKRect.Create(frame.Right - FurnitureInset - insetSize.Width, frame.Bottom - FurnitureInset - insetSize.Height, insetSize.Width, insetSize.Height);

        // The markers are measured first, because labels keep clear of them.
        var markers = new ClaimMarkerPainter(_style, _shaper, _painter, _request.UncertainClaimIds, _raster);
        var labels = PlaceLabels(claims, markers.Boxes(claims), [legendBox, arrowBox, scaleBox, insetBox]);
        return new Overlay(quotes, legend, markers, labels, legendBox, arrowBox, scaleBox, insetBox);
    }

    /// <summary>Draws <paramref name="overlay"/> over what <see cref="DrawBase"/> drew on <paramref name="canvas"/>, then the quote panel and the footer.</summary>
    public void DrawOverlay(SKCanvas canvas, Overlay overlay)
    {
        var claims = overlay.Quotes.Claims;
        new SelectionPainter(_style).Paint(canvas, _transform, claims.Any(c => c.Selected) ? _selected : null);
        foreach (var label in overlay.Labels)
        {
            if (label.Dot is { } dot)
            {
                TownLabels.DrawDot(canvas, dot);
            }
        }

        // After the town dots, so a claim at a town covers the town's dot rather than the other way round.
        overlay.Markers.Paint(canvas, claims);
        foreach (var label in overlay.Labels)
        {
            _painter.DrawCentred(canvas, label.Line, label.Centre.X, label.Centre.Y, label.Degrees);
        }

        overlay.Legend.Draw(canvas, _painter, overlay.LegendBox);
        NorthArrow.Draw(canvas, _shaper, _painter, overlay.ArrowBox);
        ScaleBar.Draw(canvas, _shaper, _painter, _transform, overlay.ScaleBox);
        LocatorInset.Draw(canvas, _style, _roles, _areas, _transform, overlay.InsetBox);
        canvas.Restore();

        using (var border = new SKPaint { Color = Ink.Text, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f })
        {
            canvas.DrawRect(_transform.Frame, border);
        }

        _panel.Draw(canvas, overlay.Quotes);
        _footer.Draw(canvas, _painter, _layout.Footer.Left, _layout.Footer.Top);
    }

    public void Dispose() => _shaper.Dispose();

    private IReadOnlyList<MapLabel> PlaceLabels(IReadOnlyList<PlacedClaim> claims, SKRect[] markers, SKRect[] furniture)
    {
        var placer = new LabelPlacer(_style, _roles, _shaper, new LabelNames(_request.LabelLanguage, _shaper));
        var towns = _request.Layers.Contains("towns") ? _towns.Towns : [];
        var anchors = new SKPoint[claims.Count];
        for (var i = 0; i < anchors.Length; i++)
        {
            anchors[i] = claims[i].Anchor;
        }

        var labels = placer.Place(_shownAreas, _transform, anchors, markers, furniture, towns);
        Labels = [.. labels.Select(l => new PlacedLabel(l.Text, l.Kind.ToString().ToLowerInvariant(), l.Box.Left, l.Box.Top, l.Box.Right, l.Box.Bottom))];
        return labels;
    }

    /// <summary>The region's outline with a margin, the bbox as given, or the whole area.</summary>
    internal static NetTopologySuite.Geometries.Envelope FrameExtent(ExportRequest request, AreaCatalog areas)
    {
        if (request.Filter.Region is { } id && areas.Find(id) is { } region)
        {
            return FrameClip.Grow(region.Geometry.EnvelopeInternal, 0.08);
        }

        return request.Filter.BoundingBox ?? HomeExtent;
    }

    /// <summary>What <see cref="LayOutOverlay"/> placed over the base map: the quote panel, the legend, the markers, the labels and the furniture's boxes.</summary>
    internal sealed record Overlay(QuotePanel.Composition Quotes, Legend Legend, ClaimMarkerPainter Markers, IReadOnlyList<MapLabel> Labels, SKRect LegendBox, SKRect ArrowBox, SKRect ScaleBox, SKRect InsetBox);
}
