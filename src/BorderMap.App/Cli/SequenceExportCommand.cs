using BorderMap.App.Exporting;
using BorderMap.Core.Claims;
using BorderMap.Rendering.Sequences;
using BorderMap.Rendering.Video;
using BorderMap.Storage;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap export --animate</c> and <c>--small-multiples</c>: a series of maps over time, as
/// an animation (GIF or MP4 to the file --out, or numbered PNGs into the directory --out) or one
/// small-multiples page. Options are validated like a single map's, plus the step, window, dates
/// and frame rate; the claims of the whole span are read from the store once, at most
/// <see cref="StoreExport.MaxClaims"/>. Progress is printed a frame at a time, and nothing is kept
/// unless every frame was written.
/// </summary>
internal static class SequenceExportCommand
{
    public static async Task<int> RunAsync(Dictionary<string, string?> values, string? regions, string output, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        if (regions is not null)
        {
            return ExportCommand.Fail("--regions: atlas mode makes one map per region; an animation or small-multiples page frames one region (--region)");
        }

        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption, readOnly: true) is not var (areas, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        await using (store)
        {
            var parser = new SequenceRequestParser(await StoreExport.ParserAsync(store, areas, values["selected"], cancel), () => Ffmpeg.Find() is not null);
            var (request, problems) = parser.Parse(values.GetValueOrDefault, DateOnly.FromDateTime(DateTime.Now));
            if (request is not null && ExportPixelLimit.Problem(request.Template, ExportPixelLimit.CommandLine, advice: string.Empty) is { } tooLarge)
            {
                problems = [tooLarge];
            }

            if (request is null || problems.Count > 0)
            {
                return ExportCommand.Fail(string.Join("\n", problems.Distinct().Select(p => $"--{p.Field}: {p.Message}")));
            }

            if (await StoreExport.ClaimsAsync(store, request.Template with { Filter = request.StoreFilter }, cancel) is not { } claims)
            {
                return ExportCommand.Fail(StoreExport.TooManyClaims);
            }

            var sources = await store.SourcesAsync(cancel);
            var towns = ExportCommand.Towns(dataDirectory, areas);
            return request switch
            {
                AnimationRequest { Format: AnimationFormat.PngSequence } frames => WriteFrames(output, frames, new AnimationExporter(areas, towns, sources), claims),
                AnimationRequest animation => WriteFile(output, animation.Frames.Count, (stream, progress) => new AnimationExporter(areas, towns, sources).Write(animation, claims, stream, progress)),
                _ => WriteFile(output, 1, (stream, progress) =>
                {
                    new SmallMultiplesExporter(areas).Write((SmallMultiplesRequest)request, claims, stream);
                    progress(1);
                }),
            };
        }
    }

    private static int WriteFile(string output, int steps, Action<Stream, Action<int>> write)
    {
        if (ExportCommand.CheckFile(output).Problem is { } problem)
        {
            return ExportCommand.Fail(problem);
        }

        var path = Path.GetFullPath(output);
        var progress = new ExportProgress(steps);
        return Commit(() =>
        {
            using var files = new ExportFiles();
            files.Write(path, stream => write(stream, number => progress.Step(steps == 1 ? path : $"frame {number}")));
            files.Commit();
            progress.Finish($"Wrote {path}");
        });
    }

    /// <summary>A PNG sequence: frame-0001.png … into the directory --out, which is removed again if this export created it and failed.</summary>
    private static int WriteFrames(string output, AnimationRequest request, AnimationExporter exporter, IReadOnlyList<Claim> claims)
    {
        var existed = Directory.Exists(output);
        var target = ExportCommand.CheckDirectory(output);
        if (target.Problem is { } problem)
        {
            return ExportCommand.Fail(problem);
        }

        var directory = target.Directory!;
        var progress = new ExportProgress(request.Frames.Count);
        var status = Commit(() =>
        {
            using var files = new ExportFiles();
            exporter.WriteFiles(request, claims, (name, write) => files.Write(Path.Combine(directory, name), write), number => progress.Step($"frame {number} → {AnimationExporter.FrameFileName(number)}"));
            files.Commit();
            progress.Finish($"Wrote {request.Frames.Count} frames into {directory}");
        });
        if (status != 0 && !existed && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }

        return status;
    }

    private static int Commit(Action write)
    {
        try
        {
            write();
            return 0;
        }
        catch (VideoEncodingException e)
        {
            return ExportCommand.Fail(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExportCommand.Fail($"--out: cannot write: {e.Message}");
        }
    }
}
