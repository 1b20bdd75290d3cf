using BorderMap.Core.Claims;
using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Rendering.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class ExportEndpoints
{
    /// <summary>
    /// <c>GET /api/export</c>: the map as a PNG, SVG or PDF download. The parameters are those of
    /// <see cref="ExportRequestParser"/>: <c>format</c>, <c>width</c>/<c>height</c>/<c>dpi</c> or
    /// <c>paper</c>, <c>title</c>, <c>subtitle</c>, <c>bbox</c> or <c>region</c> (which frame the map and
    /// limit the claims to it), the claim filters, <c>selected</c>, <c>outlines</c>, <c>lang</c> and
    /// <c>date</c> (default today). Unknown or invalid parameters get 400 naming each one.
    /// </summary>
    public static void MapExportEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/export", Results<FileContentHttpResult, ValidationProblem> (HttpRequest http, BorderMapData data, ClaimIndex index) =>
        {
            var unknown = http.Query.Keys.Except(ExportRequestParser.ParameterNames, StringComparer.Ordinal)
                .Select(k => new FieldProblem(k, $"unknown parameter; use {string.Join(", ", ExportRequestParser.ParameterNames)}"))
                .ToList();
            var (request, problems) = new ExportRequestParser(data).Parse(name => http.Query[name].LastOrDefault(), DateOnly.FromDateTime(DateTime.Now));
            if (request is null || unknown.Count > 0)
            {
                return Problems.Invalid([.. unknown, .. problems]);
            }

            using var file = new MemoryStream();
            new MapExporter(data, index).Export(request, file);
            return TypedResults.File(file.ToArray(), request.Format.MediaType(), request.FileName);
        });
}
