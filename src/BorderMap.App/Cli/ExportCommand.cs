using System.CommandLine;
using BorderMap.App.Exporting;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Sequences;
using BorderMap.Storage;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap export</c>: one map to a file, or with <c>--regions</c> one map per region into a
/// directory (atlas mode). The options are the parameters of <c>GET /api/export</c> with two dashes,
/// validated by the same <see cref="ExportRequestParser"/>; every bad one is named on stderr and the
/// exit code is 2. The claims of each map come from the claim store, as in the app, so an export
/// shows what the analyst sees; a map that more than <see cref="StoreExport.MaxClaims"/> claims
/// meet is refused (exit code 2). Nothing is written unless every map renders.
/// </summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["format"] = "png, svg or pdf (required); with --animate gif, mp4 or png-seq; with --small-multiples png (default) or pdf.",
        ["width"] = "Image width in pixels (with --height; 1 to 20000).",
        ["height"] = "Image height in pixels (with --width; 1 to 20000).",
        ["dpi"] = $"Resolution: pixels per inch for PNG and SVG, stored in the PNG (default {ExportRequestParser.DefaultDpi}).",
        ["paper"] = $"Page size instead of --width/--height: {string.Join(", ", Paper.Names)} (default {ExportRequestParser.DefaultPaper}).",
        ["title"] = "Title above the map (default: the region's name, or the whole area's).",
        ["subtitle"] = "Line under the title.",
        ["bbox"] = "Frame the map on minLon,minLat,maxLon,maxLat and show the claims inside.",
        ["region"] = "Frame the map on a region (e.g. AF-BDS) and show its claims.",
        ["from"] = "Only claims on or after this day (YYYY-MM-DD).",
        ["to"] = "Only claims on or before this day (YYYY-MM-DD).",
        ["category"] = "Only these categories (comma-separated).",
        ["actor"] = "Only claims naming one of these actors (comma-separated).",
        ["status"] = "Only these statuses: reported, corroborated, disputed.",
        ["precision"] = "Only these geo-precisions: 1 to 4 (comma-separated).",
        ["reliability"] = "Only claims whose source has one of these Admiralty reliability grades: A to F (comma-separated).",
        ["credibility"] = "Only claims with one of these Admiralty information credibility grades: 1 to 6 (comma-separated).",
        ["event_status"] = "Only claims whose event is reported, corroborated or disputed (comma-separated); a claim in no event is reported.",
        ["single_source"] = "true: only claims one independent source reports (in no event, or in one whose sources copy each other); false: only those several do.",
        ["selected"] = "Highlight this claim and list it first.",
        ["lang"] = "Area label language: en (default), local, or a language of the names (fa, ps, ru, de, …).",
        ["quotes"] = "Quote text in the panel: original, translation, or both (default: the original with its English translation beneath).",
        ["date"] = "Export date printed on the map (default: today), so repeated runs give identical files.",
        ["layers"] = "Layers to draw, comma-separated: countries, provinces, rivers, towns, claims (default: all).",
        ["step"] = "With --animate: day (default) or week between frames; with --small-multiples: one map per day, week or month.",
        ["window"] = "Days each frame shows, ending on its date (default: the step), or cumulative (every day since --from); with --dates, days each map shows (default 1).",
        ["dates"] = "With --small-multiples: one map per date (comma-separated YYYY-MM-DD) instead of --from/--to/--step.",
        ["fps"] = $"With --animate: frames a second, 1 to 30 (default {SequenceRequestParser.DefaultFramesPerSecond}).",
    };

    public static void AddTo(RootCommand root)
    {
        var options = Descriptions.ToDictionary(d => d.Key, d => new Option<string?>("--" + d.Key) { Description = d.Value }, StringComparer.Ordinal);
        var outlines = new Option<bool>("--outlines") { Description = "Write text as glyph outlines only: in a PDF instead of embedded fonts, in an SVG without the invisible text kept for search." };
        var animate = new Option<bool>("--animate") { Description = "An animation from --from to --to: one frame per --step as GIF, MP4 (H.264, needs ffmpeg) or numbered PNGs (png-seq, into the directory --out)." };
        var smallMultiples = new Option<bool>("--small-multiples") { Description = "One page with a grid of maps, one per --step from --from to --to, or per --dates, sharing one legend, scale and frame." };
        var regions = new Option<string?>("--regions") { Description = "Atlas mode: one map per region (comma-separated ids) into the directory --out." };
        var output = new Option<string>("--out") { Description = "Output file, or directory in atlas mode.", Required = true };
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();

        var export = new Command("export", "Export the map as PNG, SVG or PDF with title, legend, scale bar, quotes and sources.");
        foreach (var option in options.Values.Append<Option>(outlines).Append(animate).Append(smallMultiples).Append(regions).Append(output).Append(data).Append(store))
        {
            export.Options.Add(option);
        }

        export.SetAction((result, cancel) =>
        {
            var values = options.ToDictionary(o => o.Key, o => result.GetValue(o.Value), StringComparer.Ordinal);
            values["outlines"] = result.GetValue(outlines) ? "true" : null;
            values["animate"] = result.GetValue(animate) ? "true" : null;
            values["small-multiples"] = result.GetValue(smallMultiples) ? "true" : null;
            if (SequenceRequestParser.IsSequence(values.GetValueOrDefault))
            {
                return SequenceExportCommand.RunAsync(values, result.GetValue(regions), result.GetValue(output)!, result.GetValue(data), result.GetValue(store), cancel);
            }

            if (SequenceRequestParser.Stray(values.GetValueOrDefault) is { } stray)
            {
                return Task.FromResult(Fail($"--{stray.Field}: only --animate or --small-multiples takes this"));
            }

            return RunAsync(values, result.GetValue(regions), result.GetValue(output)!, result.GetValue(data), result.GetValue(store), cancel);
        });
        root.Subcommands.Add(export);
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> values, string? regionList, string output, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        ExportPhases.Ended("start");
        // What the drawing needs besides the boundaries and the claims is prepared on the second core
        // while this one reads those: the gazetteer's places and the fonts from the start, the town
        // layer (placed against the boundaries) while the first map's claims are read.
        var places = Task.Run(() => GazetteerReader.LoadPlaces(ClaimsStoreOpener.GeodataDirectory(dataDirectory)), cancel);
        _ = Task.Run(MapExporter.LoadFonts, cancel);
        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption, readOnly: true) is not var (areas, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        ExportPhases.Ended("open");
        await using (store)
        {
            var regions = regionList?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parser = await StoreExport.ParserAsync(store, areas, values["selected"], cancel);
            if (Requests(values, regions, parser) is not { } requests)
            {
                return BorderMapCommandLine.BadInput;
            }

            var targets = regions is null ? CheckFile(output) : CheckDirectory(output);
            if (targets.Problem is not null)
            {
                return Fail(targets.Problem);
            }

            var sources = await store.SourcesAsync(cancel);
            var exporter = Task.Run(async () => new MapExporter(areas, new TownCatalog(await places, areas), sources), cancel);
            return await WriteAsync(store, exporter, requests, regions is null ? _ => Path.GetFullPath(output) : r => Path.Combine(targets.Directory!, r.FileName), cancel);
        }
    }

    /// <summary>The town layer, from the gazetteer beside the boundaries the claims are placed in.</summary>
    internal static TownCatalog Towns(DirectoryInfo? dataDirectory, AreaCatalog areas) =>
        new(GazetteerReader.LoadPlaces(ClaimsStoreOpener.GeodataDirectory(dataDirectory)), areas);

    /// <summary>One request per map, or null after naming every bad option on stderr.</summary>
    private static List<ExportRequest>? Requests(Dictionary<string, string?> values, string[]? regions, ExportRequestParser parser)
    {
        if (regions is not null && (values["region"] is not null || values["bbox"] is not null))
        {
            Fail("--regions: atlas mode frames each map on its region; leave out --region and --bbox");
            return null;
        }

        if (regions is { Length: 0 })
        {
            Fail("--regions: give at least one region id");
            return null;
        }

        var today = DateOnly.FromDateTime(DateTime.Now);
        var requests = new List<ExportRequest>();
        var problems = new List<FieldProblem>();
        foreach (var region in regions ?? new string?[] { null })
        {
            var (request, found) = parser.Parse(name => name == "region" && regions is not null ? region : values.GetValueOrDefault(name), today);
            problems.AddRange(found.Select(p => regions is not null && p.Field == "region" ? p with { Field = "regions" } : p));
            if (request is not null && ExportPixelLimit.Problem(request, ExportPixelLimit.CommandLine, advice: string.Empty) is { } tooLarge)
            {
                problems.Add(tooLarge);
            }
            else if (request is not null)
            {
                requests.Add(request);
            }
        }

        if (problems.Count > 0)
        {
            Fail(string.Join("\n", problems.Distinct().Select(p => $"--{p.Field}: {p.Message}")));
            return null;
        }

        return requests;
    }

    /// <param name="exporter">Awaited once the first map's claims are read, which it is prepared beside.</param>
    private static async Task<int> WriteAsync(IClaimStore store, Task<MapExporter> exporter, List<ExportRequest> requests, Func<ExportRequest, string> target, CancellationToken cancel)
    {
        var progress = new ExportProgress(requests.Count);
        using var files = new ExportFiles();
        try
        {
            foreach (var request in requests)
            {
                if (await StoreExport.MarksAsync(store, request, cancel) is not { } marks)
                {
                    return Fail($"{request.Filter.Region ?? "the map"}: {StoreExport.TooManyClaims}");
                }

                ExportPhases.Ended("marks");
                var path = target(request);
                using var ready = await StoreExport.PrepareAsync(store, await exporter, request, marks, cancel);
                files.Write(path, stream => ready.Export(stream));
                progress.Step($"{request.Filter.Region ?? "map"} → {path}");
            }

            files.Commit();
            ExportPhases.Ended("commit");
        }
        // A failed read of the gazetteer surfaces here too, but it is not the output's fault.
        catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && !exporter.IsFaulted)
        {
            return Fail($"--out: cannot write: {e.Message}");
        }

        progress.Finish(requests.Count == 1 ? $"Wrote {target(requests[0])}" : $"Wrote {requests.Count} maps");
        return 0;
    }

    internal static (string? Directory, string? Problem) CheckFile(string output)
    {
        var full = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(full)!;
        if (Directory.Exists(full))
        {
            return (null, $"--out: '{output}' is a directory; give a file name (or use --regions for one map per region)");
        }

        return Directory.Exists(parent) ? (parent, null) : (null, $"--out: the directory '{parent}' does not exist");
    }

    internal static (string? Directory, string? Problem) CheckDirectory(string output)
    {
        var full = Path.GetFullPath(output);
        if (File.Exists(full))
        {
            return (null, $"--out: '{output}' is a file; atlas mode (--regions) writes into a directory");
        }

        try
        {
            Directory.CreateDirectory(full);
            return (full, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"--out: cannot create the directory '{output}': {e.Message}");
        }
    }

    internal static int Fail(string message)
    {
        Console.Error.WriteLine($"bordermap export: {message}");
        return BorderMapCommandLine.BadInput;
    }
}
