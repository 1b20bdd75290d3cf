using System.CommandLine;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using BorderMap.Storage.Events;
using BorderMap.Storage.Interchange;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap claims export --format geojson|csv|gpkg --out FILE</c>: writes every claim in the
/// store to a file (the format defaults to the file's extension). The claims are streamed from the
/// store a page at a time, so an export of a million claims holds one page in memory. The file is
/// written under a temporary name and renamed into place when complete.
/// </summary>
internal static class ClaimsExportCommand
{
    public static void AddTo(Command claims)
    {
        var format = new Option<ClaimFileFormat?>("--format") { Description = "geojson (a bundle with the sources), csv, gpkg, annotations (W3C Web Annotations of the quotes, one per line), acled (ACLED's export columns) or ucdp (UCDP GED's columns); default: from the --out extension, .jsonl for annotations." };
        var output = new Option<FileInfo>("--out") { Description = "The file to write; a file is replaced when complete, a FIFO or device written in place, a link followed.", Required = true };
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var export = new Command("export", "Export every claim in the store to a GeoJSON, CSV or GeoPackage file.") { format, output, data, store };
        export.SetAction((result, cancel) => RunAsync(result.GetValue(format), result.GetValue(output)!, result.GetValue(data), result.GetValue(store), cancel));
        claims.Subcommands.Add(export);
    }

    private static async Task<int> RunAsync(ClaimFileFormat? format, FileInfo output, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        if ((format ?? ClaimFiles.FormatOf(output.Name)) is not { } chosen)
        {
            await Console.Error.WriteLineAsync($"bordermap: give --format geojson, csv, gpkg or annotations; '{output.Name}' does not say which");
            return BorderMapCommandLine.BadInput;
        }

        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption, readOnly: true) is not var (areas, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        await using (store)
        {
            var count = 0;
            var claims = store.StreamAsync(ClaimFilter.All, cancel).ToBlockingEnumerable(cancel).Select(claim =>
            {
                count++;
                return claim;
            });
            var events = await EventExchange.DraftsAsync(store, cancel);
            try
            {
                await ClaimFiles.WriteAsync(output.FullName, chosen, await store.SourcesAsync(cancel), claims, areas, events, cancel);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"bordermap claims export: --out: cannot write {output.FullName}: {e.Message}");
                return BorderMapCommandLine.BadInput;
            }

            var withEvents = events.Count > 0 && chosen != ClaimFileFormat.Annotations ? $" and {EventExchange.Count(events)}" : string.Empty;
            Console.WriteLine($"Exported {count} claims{withEvents} from {store.Description} to {output.FullName} ({chosen.ToString().ToLowerInvariant()}).");
            return 0;
        }
    }
}
