using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Core.Tests;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Tests;

/// <summary>Renders exports of the repository's data from named parameters, as the API and CLI do, with a fixed date.</summary>
internal static class Exports
{
    public static readonly DateOnly Date = new(2026, 11, 25);

    private static readonly Lazy<ClaimIndex> Index = new(() => new ClaimIndex(RepositoryData.Data.Claims, RepositoryData.Data.Areas));

    public static ExportRequest Request(BorderMapData data, params (string Name, string Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var (request, problems) = new ExportRequestParser(data).Parse(values.GetValueOrDefault, Date);
        Assert.True(request is not null, string.Join("; ", problems));
        return request!;
    }

    public static byte[] Render(params (string Name, string Value)[] parameters) =>
        Render(RepositoryData.Data, Index.Value, Request(RepositoryData.Data, parameters));

    public static byte[] Render(BorderMapData data, ClaimIndex index, ExportRequest request)
    {
        using var output = new MemoryStream();
        new MapExporter(data, index).Export(request, output);
        return output.ToArray();
    }
}
