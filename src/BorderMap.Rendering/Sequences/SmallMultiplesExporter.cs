using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// Draws a <see cref="SmallMultiplesRequest"/> as one PNG or PDF page. The caller hands over the
/// claims of the whole span, read from the store once with <see cref="SequenceRequest.StoreFilter"/>.
/// </summary>
public sealed class SmallMultiplesExporter(AreaCatalog areas)
{
    public void Write(SmallMultiplesRequest request, IReadOnlyList<Claim> claims, Stream output)
    {
        using var composer = new SmallMultiplesComposer(request, areas, claims);
        var template = request.Template;
        if (template.Format == ExportFormat.Pdf)
        {
            PdfWriter.Write(template.Page, template.Title, template.Date, composer.Draw, output);
        }
        else
        {
            PngWriter.Write(template.Page, composer.Draw, output);
        }
    }
}
