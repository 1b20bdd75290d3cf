using System.CommandLine;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using BorderMap.Storage.GeoPackage;
using BorderMap.Storage.PostGis;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap store check</c>: reads every source and claim of the store as the server would and
/// lists the rows it skips as malformed (each with its id and what is wrong), and for a GeoPackage
/// also SQLite's page and index check. Exit 0 when the store is sound, 1 when it lists problems,
/// 2 when the store cannot be opened.
/// </summary>
internal static class StoreCommand
{
    private const int PageSize = 1000;

    public static void AddTo(RootCommand root)
    {
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var check = new Command("check", "List the store's malformed rows (with their ids) and damaged pages.") { data, store };
        check.SetAction((result, cancel) => CheckAsync(result.GetValue(data), result.GetValue(store), cancel));
        root.Subcommands.Add(new Command("store", "Check the claim store.") { check });
    }

    private static async Task<int> CheckAsync(DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        var location = StoreLocation.Resolve(storeOption);
        var problems = new List<string>();
        if (!PostGisAddress.IsPostgres(location) && File.Exists(location))
        {
            try
            {
                problems.AddRange(GeoPackageIntegrity.Problems(location).Select(p => $"page check: {p}"));
            }
            catch (Exception e) when (StorageFault.From(e) is { } fault)
            {
                Console.WriteLine($"page check: {fault.Cause}");
                return 1;
            }
        }

        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption, readOnly: true) is not var (_, opened))
        {
            return BorderMapCommandLine.BadInput;
        }

        void Note(MalformedRow row) => problems.Add($"row '{row.Id}': {row.Problem}");
        MalformedRows.Skipped += Note;
        try
        {
            await using (opened)
            {
                var (sources, claims) = await ReadEverythingAsync(opened, cancel);
                Console.WriteLine($"Read {sources} sources and {claims} claims from {opened.Description}.");
            }
        }
        finally
        {
            MalformedRows.Skipped -= Note;
        }

        foreach (var problem in problems.Distinct(StringComparer.Ordinal))
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(problems.Count == 0 ? "The store is sound." : $"{problems.Distinct(StringComparer.Ordinal).Count()} problem(s); malformed rows are skipped by every read until fixed or deleted.");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<(int Sources, int Claims)> ReadEverythingAsync(IClaimStore store, CancellationToken cancel)
    {
        var sources = (await store.SourcesAsync(cancel)).Count;
        var claims = 0;
        ClaimCursor? cursor = null;
        do
        {
            var page = await store.PageAsync(ClaimFilter.All, cursor, PageSize, cancel);
            claims += page.Claims.Count;
            cursor = page.Next;
        }
        while (cursor is not null);
        return (sources, claims);
    }
}
