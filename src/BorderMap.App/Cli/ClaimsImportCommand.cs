using System.CommandLine;
using System.Globalization;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;
using BorderMap.Storage.Interchange.Datasets;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap claims import FILE [--dry-run]</c>: reads a GeoJSON or CSV file (see
/// <see cref="ClaimCsv"/> for the columns) and imports it into the store all-or-nothing. Every bad
/// row is reported with its position, field and reason, and then nothing is imported (exit code
/// 2). The file is streamed into the store row by row (see <see cref="ClaimFiles.Read"/>), so memory
/// does not grow with it; what is kept for the report is described in <see cref="ClaimsImportPass"/>.
/// Progress lines go to standard output as the import advances.
/// </summary>
internal static class ClaimsImportCommand
{
    public static void AddTo(Command claims)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A .geojson/.json FeatureCollection of claims or a .csv file with ACLED-like columns." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row against the store's rules; write nothing." };
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var import = new Command("import", "Import claims from a GeoJSON or CSV file, all or nothing.") { file, dryRun, data, store };
        import.SetAction((result, cancel) => RunAsync(result.GetValue(file)!, result.GetValue(dryRun), result.GetValue(data), result.GetValue(store), cancel));
        claims.Subcommands.Add(import);
    }

    private static async Task<int> RunAsync(FileInfo file, bool dryRun, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        if (!file.Exists && !Directory.Exists(file.FullName))
        {
            await Console.Error.WriteLineAsync($"bordermap: {file.FullName} does not exist");
            return BorderMapCommandLine.BadInput;
        }

        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption) is not var (areas, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        await using (store)
        {
            try
            {
                if (AcledDeletions.IsDeletionList(file.FullName))
                {
                    return await AcledDeletionsImport.RunAsync(file, dryRun, store, cancel);
                }

                Console.WriteLine($"Reading {file.Name}…");
                // Refuses an unknown format, or a FIFO, device or directory, at once; each pass then reads the file anew.
                var rows = ClaimFiles.Read(file.FullName, areas, cancel);
                if (DatasetImports.IsDatasetFile(file.FullName))
                {
                    rows = await DatasetImports.KeepUnchangedAsync(rows, store, cancel);
                }

                var sources = ClaimFiles.ReadBundleSources(file.FullName);
                var events = ClaimFiles.ReadBundleEvents(file.FullName);
                return await ImportAsync(file.FullName, rows, new ImportOptions(dryRun, Sources: sources, Events: events), store, cancel);
            }
            catch (ClaimFileException e)
            {
                await Console.Error.WriteLineAsync($"bordermap: {file.Name}: {e.Message}");
            }
            catch (StoreValidationException e)
            {
                await Console.Error.WriteLineAsync($"bordermap: {file.Name}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"bordermap: cannot read {file.FullName}: {e.Message}");
            }

            await Console.Error.WriteLineAsync($"bordermap: nothing was imported from {file.Name}.");
            return BorderMapCommandLine.BadInput;
        }
    }

    /// <summary>
    /// Streams the rows into the store. A real import stops at the first unreadable row, before the
    /// store can write, and the file is then read again as a dry run, so that every problem of every
    /// row is reported at once; a file without bad rows is read once.
    /// </summary>
    private static async Task<int> ImportAsync(string path, IEnumerable<ImportRow> rows, ImportOptions options, IClaimStore store, CancellationToken cancel)
    {
        var name = Path.GetFileName(path);
        var dryRun = options.DryRun;
        var pass = new ClaimsImportPass(stopAtUnreadable: !dryRun);
        (ImportReport? Report, IReadOnlyList<ImportProblem> Problems) outcome;
        try
        {
            outcome = await PassAsync(pass, rows, store, options, cancel);
        }
        catch (UnreadableRowException e)
        {
            Console.WriteLine($"{e.Position} cannot be read; checking every row without writing anything…");
            pass = new ClaimsImportPass(stopAtUnreadable: false);
            outcome = await PassAsync(pass, rows, store, options with { DryRun = true }, cancel);
        }

        if (outcome.Report is { } report && pass.SkippedOrdinals.Count == 0)
        {
            var verb = dryRun ? "Dry run, nothing written: would import" : "Imported";
            var sources = options.Sources is { Count: > 0 } bundled ? $" with its {bundled.Count} sources" : string.Empty;
            sources += options.Events is { Count: > 0 } events ? $" and {Storage.Events.EventExchange.Count(events)}" : string.Empty;
            Console.WriteLine($"{verb} {pass.RowCount} claims{sources} from {name} into {store.Description}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged.");
            return 0;
        }

        var listing = new ImportProblemListing(path, pass, outcome.Problems);
        foreach (var (_, position, field, message) in listing.Listed())
        {
            await Console.Error.WriteLineAsync($"{name}: {position}, {field}: {message}");
        }

        if (listing.Count > ImportProblemListing.MaxListed)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}: … and {listing.Count - ImportProblemListing.MaxListed} more problems"));
        }

        await Console.Error.WriteLineAsync($"bordermap: {listing.BadRows} of {pass.RowCount} claims in {name} have problems; nothing was imported.");
        return BorderMapCommandLine.BadInput;
    }

    private static async Task<(ImportReport?, IReadOnlyList<ImportProblem>)> PassAsync(ClaimsImportPass pass, IEnumerable<ImportRow> rows, IClaimStore store, ImportOptions options, CancellationToken cancel)
    {
        try
        {
            return (await store.ImportAsync(pass.Drafts(rows), options with { Progress = new ProgressLines(options.DryRun) }, cancel), []);
        }
        catch (ImportRejectedException e)
        {
            return (null, e.Problems);
        }
    }

    /// <summary>Prints "N claims checked" lines synchronously (Progress&lt;T&gt; would post them out of order); the total is not known while the file streams.</summary>
    private sealed class ProgressLines(bool dryRun) : IProgress<int>
    {
        public void Report(int value) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value} claims checked{(dryRun ? string.Empty : " and written")}"));
    }
}
