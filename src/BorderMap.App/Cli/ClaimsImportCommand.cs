using System.CommandLine;
using System.Globalization;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap claims import FILE [--dry-run]</c>: reads a GeoJSON or CSV file (see
/// <see cref="ClaimCsv"/> for the columns) and imports it into the store all-or-nothing. Every bad
/// row is reported with its position, field and reason, and then nothing is imported (exit code
/// 2). Progress lines go to standard output as the import advances.
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
        if (!file.Exists)
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
            IReadOnlyList<ImportRow> rows;
            try
            {
                Console.WriteLine($"Reading {file.Name}…");
                rows = await ClaimFiles.ReadAsync(file.FullName, areas, cancel);
            }
            catch (ClaimFileException e)
            {
                await Console.Error.WriteLineAsync($"bordermap: {file.Name}: {e.Message}");
                return BorderMapCommandLine.BadInput;
            }

            var readable = rows.Where(r => r.Draft is not null).ToList();
            var problems = rows.SelectMany(r => r.Problems.Select(p => (r.Position, p.Field, p.Message))).ToList();
            var progress = new ProgressLines(readable.Count);
            try
            {
                // With unreadable rows the rest is still checked against the store, so that every problem is reported at once.
                var report = await store.ImportAsync([.. readable.Select(r => r.Draft!)], new ImportOptions(dryRun || problems.Count > 0, Progress: progress), cancel);
                if (problems.Count == 0)
                {
                    var verb = dryRun ? "Dry run, nothing written: would import" : "Imported";
                    Console.WriteLine($"{verb} {rows.Count} claims from {file.Name} into {store.Description}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged.");
                    return 0;
                }
            }
            catch (ImportRejectedException e)
            {
                problems.AddRange(e.Problems.Select(p => (readable[p.Index].Position, ClaimFiles.FieldName(file.Name, p.Field), p.Message)));
            }

            var order = rows.Select((r, i) => (r.Position, i)).ToDictionary(p => p.Position, p => p.i, StringComparer.Ordinal);
            var ordered = problems.OrderBy(p => order[p.Position]).ToList();
            foreach (var (position, field, message) in ordered)
            {
                await Console.Error.WriteLineAsync($"{file.Name}: {position}, {field}: {message}");
            }

            var badRows = ordered.Select(p => p.Position).Distinct().Count();
            await Console.Error.WriteLineAsync($"bordermap: {badRows} of {rows.Count} claims in {file.Name} have problems; nothing was imported.");
            return BorderMapCommandLine.BadInput;
        }
    }

    /// <summary>Prints "imported N of M claims" lines synchronously (Progress&lt;T&gt; would post them out of order).</summary>
    private sealed class ProgressLines(int total) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value < total)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value} of {total} claims checked and written"));
            }
        }
    }
}
