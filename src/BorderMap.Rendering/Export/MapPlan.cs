using BorderMap.Core.Claims;
using BorderMap.Rendering.Furniture;

namespace BorderMap.Rendering.Export;

/// <summary>
/// A map laid out from its claims' marks (<see cref="MapExporter.Plan"/>), waiting for the whole
/// claims of those its quote panel may list: <see cref="QuotedClaimIds"/>, in marker order. A PNG's
/// page, title and base map are drawn on another core from the start, while the caller reads those
/// claims and the labels are placed.
/// </summary>
public sealed class MapPlan : IDisposable
{
    private readonly ExportRequest _request;
    private readonly MapComposer _composer;
    private readonly Task<PngPage>? _pngPage;

    internal MapPlan(ExportRequest request, MapComposer composer)
    {
        (_request, _composer) = (request, composer);
        if (request.Format == ExportFormat.Png)
        {
            _pngPage = Task.Run(() => PngPage.Start(request.Page, composer.DrawBase));
        }
    }

    /// <summary>The claims whose whole data <see cref="Export"/> needs: at most as many as the panel could list.</summary>
    public IReadOnlyList<string> QuotedClaimIds => _composer.QuotableClaimIds;

    /// <summary>Draws the map as the request's format and returns the labels it placed on the map.</summary>
    /// <param name="quoted">the whole claims of (at least) <see cref="QuotedClaimIds"/>, by id.</param>
    /// <param name="events">the events the claims belong to, numbered and listed with all their sources in the quote panel.</param>
    public IReadOnlyList<PlacedLabel> Export(IReadOnlyDictionary<string, Claim> quoted, Stream output, IReadOnlyList<ExportEvent>? events = null)
    {
        _composer.Quote(quoted, events);
        ExportPhases.Ended("panel");
        switch (_request.Format)
        {
            case ExportFormat.Png:
                var overlay = _composer.LayOutOverlay();
                ExportPhases.Ended("labels");
                _pngPage!.GetAwaiter().GetResult().Finish(canvas => _composer.DrawOverlay(canvas, overlay), output);
                break;
            case ExportFormat.Svg:
                SvgWriter.Write(_request.Page, _composer.Draw, output);
                break;
            case ExportFormat.Pdf:
                PdfWriter.Write(_request.Page, _request.Title, _request.Date, _composer.Draw, output);
                break;
        }

        return _composer.Labels;
    }

    public void Dispose()
    {
        if (_pngPage is { } page)
        {
            // The page is drawn on until its first stage ends, failed or not.
            ((Task)page).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            if (page.IsCompletedSuccessfully)
            {
                page.Result.Dispose();
            }
        }

        _composer.Dispose();
    }
}
