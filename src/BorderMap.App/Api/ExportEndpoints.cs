using System.Globalization;
using BorderMap.App.Access;
using BorderMap.App.Exporting;
using BorderMap.Core.Areas;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Sequences;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

internal static class ExportEndpoints
{
    /// <summary>
    /// <c>GET /api/export</c>: the map as a PNG, SVG or PDF download. The parameters are those of
    /// <see cref="ExportRequestParser"/>: <c>format</c>, <c>width</c>/<c>height</c>/<c>dpi</c> or
    /// <c>paper</c>, <c>title</c>, <c>subtitle</c>, <c>bbox</c> or <c>region</c> (which frame the map and
    /// limit the claims to it), the claim filters, <c>selected</c>, <c>outlines</c>, <c>lang</c>,
    /// <c>quotes</c> (<c>original</c>, <c>translation</c> or <c>both</c>, the default) and
    /// <c>date</c> (default today). With <c>animate=true</c> or <c>small-multiples=true</c> it is a
    /// series of maps over time instead (<see cref="SequenceExportEndpoint"/>). Unknown or invalid parameters get 400 naming each one; so does a
    /// filter that more than <see cref="StoreExport.MaxClaims"/> claims meet, and a page of more than
    /// <see cref="ServerOptions.MaxExportPixels"/> pixels. At most <see cref="ServerOptions.MaxConcurrentExports"/>
    /// exports render at once; beyond that the answer is 503 with <c>Retry-After</c>.
    /// </summary>
    public static void MapExportEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/export", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (HttpRequest http, AreaCatalog areas, TownCatalog towns, IClaimStore store, ServerOptions options, ExportSlots slots, CancellationToken cancel) =>
        {
            if (SequenceRequestParser.IsSequence(name => QueryParameters.Value(http, name)))
            {
                return await SequenceExportEndpoint.AnswerAsync(http, areas, towns, store, options, slots, cancel);
            }

            var problems = QueryParameters.Unknown(http, ExportRequestParser.ParameterNames);
            var parser = await StoreExport.ParserAsync(store, areas, QueryParameters.Value(http, "selected"), cancel);
            var (request, found) = parser.Parse(name => QueryParameters.Value(http, name), DateOnly.FromDateTime(DateTime.Now));
            problems.AddRange(found);
            if (request is not null && ExportPixelLimit.Problem(request, options.MaxExportPixels, LargerOnTheCommandLine) is { } tooLarge)
            {
                problems.Add(tooLarge);
            }

            return await ExportAdmission.DrawAsync(http, store, slots, (request, problems), map => StoreExport.MarksAsync(store, map, cancel), async (map, marks) =>
            {
                using var file = new MemoryStream();
                using (var ready = await StoreExport.PrepareAsync(store, new MapExporter(areas, towns, await store.SourcesAsync(cancel)), map, marks, cancel))
                {
                    ready.Export(file);
                }

                return TypedResults.File(file.ToArray(), map.Format.MediaType(), map.FileName);
            }, cancel);
        });

    private static string LargerOnTheCommandLine { get; } =
        string.Create(CultureInfo.InvariantCulture, $"; `bordermap export` on your own machine allows {ExportPixelLimit.CommandLine:N0}");
}
