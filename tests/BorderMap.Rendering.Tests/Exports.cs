using System.Text;
using System.Xml.Linq;
using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Core.Tests;
using BorderMap.Storage.Tests.Reference;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// Renders exports of the repository's data from named parameters, as the API and CLI do, with a
/// fixed date: the claims that meet the filter come from the reference query over the seed claims,
/// as the app's come from the store.
/// </summary>
internal static class Exports
{
    public static readonly DateOnly Date = new(2026, 11, 25);

    private static readonly Lazy<ClaimIndex> Index = new(() => new ClaimIndex(RepositoryData.Data.Claims, RepositoryData.Data.Areas));

    /// <summary>A parser whose <c>selected</c> check knows the data's claims.</summary>
    public static ExportRequestParser Parser(BorderMapData data) => new(data.Areas, id => data.FindClaim(id) is not null);

    public static ExportRequest Request(BorderMapData data, params (string Name, string Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var (request, problems) = Parser(data).Parse(values.GetValueOrDefault, Date);
        Assert.True(request is not null, string.Join("; ", problems));
        return request!;
    }

    public static byte[] Render(params (string Name, string Value)[] parameters) =>
        Render(RepositoryData.Data, Index.Value, Request(RepositoryData.Data, parameters));

    public static byte[] Render(BorderMapData data, ClaimIndex index, ExportRequest request) => RenderWithLabels(data, index, request).File;

    /// <summary>The text of an SVG export, one line per text element (Skia places each glyph, so the words stay whole; wrapped lines follow each other).</summary>
    public static string SvgText(params (string Name, string Value)[] parameters)
    {
        var svg = XDocument.Parse(Encoding.UTF8.GetString(Render([("format", "svg"), .. parameters])));
        return string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
    }

    /// <summary>The file and the labels the renderer placed on its map.</summary>
    public static (byte[] File, IReadOnlyList<PlacedLabel> Labels) RenderWithLabels(params (string Name, string Value)[] parameters) =>
        RenderWithLabels(RepositoryData.Data, Index.Value, Request(RepositoryData.Data, parameters));

    private static (byte[] File, IReadOnlyList<PlacedLabel> Labels) RenderWithLabels(BorderMapData data, ClaimIndex index, ExportRequest request)
    {
        using var output = new MemoryStream();
        var labels = new MapExporter(data.Areas, TownCatalogTests.Shared.Value, data.Sources).Export(request, index.Query(request.Filter), output);
        return (output.ToArray(), labels);
    }
}
