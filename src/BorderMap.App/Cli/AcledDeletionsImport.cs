using BorderMap.Storage;
using BorderMap.Storage.Interchange.Datasets;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap claims import deleted.csv</c> with ACLED's list of deleted events: checks the whole
/// list (a bad row: exit 2, nothing deleted), then deletes the listed events the store holds, each
/// kept in its claim's history.
/// </summary>
internal static class AcledDeletionsImport
{
    public static async Task<int> RunAsync(FileInfo file, bool dryRun, IClaimStore store, CancellationToken cancel)
    {
        Console.WriteLine($"Reading {file.Name} as ACLED's list of deleted events…");
        var (list, problems) = AcledDeletions.Read(file.FullName);
        if (list is null)
        {
            foreach (var (position, problem) in problems.Take(ImportProblemListing.MaxListed))
            {
                await Console.Error.WriteLineAsync($"{file.Name}: {position}, {problem.Field}: {problem.Message}");
            }

            await Console.Error.WriteLineAsync($"bordermap: {problems.Count} problems in {file.Name}; nothing was deleted.");
            return BorderMapCommandLine.BadInput;
        }

        var (deleted, absent) = await list.ApplyAsync(store, dryRun, actor: null, cancel);
        var verb = dryRun ? "Dry run, nothing written: would delete" : "Deleted";
        Console.WriteLine($"{verb} {deleted} of the {list.ClaimIds.Count} events listed in {file.Name} from {store.Description}; {absent} are not in it.");
        return 0;
    }
}
