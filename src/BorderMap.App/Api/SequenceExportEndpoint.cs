using System.Globalization;
using System.IO.Compression;
using BorderMap.App.Access;
using BorderMap.App.Exporting;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Sequences;
using BorderMap.Rendering.Video;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// <c>GET /api/export?animate=true</c> and <c>?small-multiples=true</c>: an animation (GIF, MP4, or
/// the PNG sequence as a ZIP of numbered frames) or a small-multiples page (PNG or PDF), with the
/// parameters of <see cref="SequenceRequestParser"/>. Besides a map export's bounds, all frames
/// together may have at most <see cref="MaxPixels"/> pixels, since a server renders them for any
/// reader; larger animations are for <c>bordermap export</c>. It shares the export slots.
/// </summary>
internal static class SequenceExportEndpoint
{
    /// <summary>About 290 frames at 1920 × 1080: a minute or two of one core's work.</summary>
    public const long MaxPixels = 600_000_000;

    private static readonly string[] Parameters = [.. ExportRequestParser.ParameterNames, .. SequenceRequestParser.ParameterNames];

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> AnswerAsync(HttpRequest http, AreaCatalog areas, TownCatalog towns, IClaimStore store, ServerOptions options, ExportSlots slots, CancellationToken cancel)
    {
        var problems = QueryParameters.Unknown(http, Parameters);
        var maps = await StoreExport.ParserAsync(store, areas, QueryParameters.Value(http, "selected"), cancel);
        var (request, found) = new SequenceRequestParser(maps, () => Ffmpeg.Find() is not null).Parse(name => QueryParameters.Value(http, name), DateOnly.FromDateTime(DateTime.Now));
        problems.AddRange(found);
        if (request is not null && (ExportPixelLimit.Problem(request.Template, options.MaxExportPixels, string.Empty) ?? TooManyPixels(request)) is { } tooLarge)
        {
            problems.Add(tooLarge);
        }

        return await ExportAdmission.DrawAsync(http, store, slots, (request, problems), sequence => StoreExport.ClaimsAsync(store, sequence.Template with { Filter = sequence.StoreFilter }, cancel), async (sequence, claims) =>
        {
            var sources = await store.SourcesAsync(cancel);
            try
            {
                var file = await Task.Run(() => Render(sequence, claims, new AnimationExporter(areas, towns, sources), new SmallMultiplesExporter(areas)), cancel);
                return sequence is AnimationRequest animation
                    ? TypedResults.File(file, animation.MediaType, animation.FileName)
                    : TypedResults.File(file, sequence.Template.Format.MediaType(), sequence.Template.FileName);
            }
            catch (IOException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Encoding failed", detail: e.Message);
            }
        }, cancel);
    }

    private static byte[] Render(SequenceRequest request, IReadOnlyList<Claim> claims, AnimationExporter animator, SmallMultiplesExporter pages)
    {
        using var output = new MemoryStream();
        switch (request)
        {
            case AnimationRequest { Format: AnimationFormat.PngSequence } frames:
                using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                {
                    var stamp = new DateTimeOffset(frames.Template.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    animator.WriteFiles(frames, claims, (name, write) =>
                    {
                        // PNGs are compressed already; the fixed time keeps the archive the same every time.
                        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                        entry.LastWriteTime = stamp;
                        using var stream = entry.Open();
                        write(stream);
                    });
                }

                break;
            case AnimationRequest animation:
                animator.Write(animation, claims, output);
                break;
            default:
                pages.Write((SmallMultiplesRequest)request, claims, output);
                break;
        }

        return output.ToArray();
    }

    private static FieldProblem? TooManyPixels(SequenceRequest request)
    {
        var page = request.Template.Page;
        var pixels = (long)page.PixelWidth * page.PixelHeight * (request is AnimationRequest ? request.Frames.Count : 1);
        return pixels <= MaxPixels ? null : new FieldProblem("step", string.Create(
            CultureInfo.InvariantCulture,
            $"{request.Frames.Count:N0} frames of {page.PixelWidth} × {page.PixelHeight} pixels is {pixels:N0} pixels; the server draws at most {MaxPixels:N0} for one animation: use fewer frames or fewer pixels, or `bordermap export --animate` on your own machine"));
    }
}
