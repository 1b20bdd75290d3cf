using System.CommandLine;
using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Core.Sources;
using BorderMap.Storage;
using BorderMap.Storage.Events;
using BorderMap.Storage.PostGis;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap claims copy --from STORE --to STORE</c>: copies every source and claim from one
/// store to another, for example a single-user GeoPackage into a team's PostGIS and back. Sources
/// keep their ids, texts and SHA-256; claims keep their ids, geometry, data, versions and times,
/// so a copy back compares equal. The target is opened without the shipped seed; sources it lacks
/// are only added when it is new (sources are immutable and keep their ids). The claims stream from
/// one store into the other as one all-or-nothing import, with progress lines, a page at a time,
/// and are compared with the source afterwards, both read again a page at a time.
/// </summary>
internal static class ClaimsCopyCommand
{
    public static void AddTo(Command claims)
    {
        var from = new Option<string>("--from") { Description = "The store to copy from: a GeoPackage file or a postgresql:// address.", Required = true };
        var to = new Option<string>("--to") { Description = "The store to copy into: a GeoPackage file (created if missing) or a postgresql:// address.", Required = true };
        var data = ClaimsStoreOpener.DataOption();
        var copy = new Command("copy", "Copy every source and claim from one store to another, losslessly.") { from, to, data };
        copy.SetAction((result, cancel) => RunAsync(result.GetValue(from)!, result.GetValue(to)!, result.GetValue(data), cancel));
        claims.Subcommands.Add(copy);
    }

    private static async Task<int> RunAsync(string fromLocation, string toLocation, DirectoryInfo? dataDirectory, CancellationToken cancel)
    {
        if (await ClaimsStoreOpener.LoadGeodataAsync(dataDirectory) is not { } data)
        {
            return BorderMapCommandLine.BadInput;
        }

        if (!PostGisAddress.IsPostgres(fromLocation) && !File.Exists(fromLocation))
        {
            await Console.Error.WriteLineAsync($"bordermap: {fromLocation} does not exist");
            return BorderMapCommandLine.BadInput;
        }

        IClaimStore? source = null;
        IClaimStore? target = null;
        try
        {
            source = StoreLocation.Open(fromLocation, data.Areas, StoreSeed.Empty, readOnly: true);
            var sources = await source.SourcesAsync(cancel);
            Console.WriteLine($"Copying {sources.Count} sources and every claim from {source.Description}…");

            // A new target gets the sources as they are, ids and all, the way a store is seeded.
            target = StoreLocation.Open(toLocation, data.Areas, StoreSeed.Empty with { Sources = sources });
            if (!await HasTheSourcesAsync(target, sources, cancel))
            {
                return BorderMapCommandLine.BadInput;
            }

            Console.WriteLine($"  {sources.Count} sources in {target.Description}");
            var drafts = source.StreamAsync(ClaimFilter.All, cancel).ToBlockingEnumerable(cancel)
                .Select(ClaimDraft.Of);
            var events = await EventExchange.DraftsAsync(source, cancel);
            var report = await target.ImportAsync(drafts, new ImportOptions(Actor: "bordermap claims copy", Progress: new ProgressLines(), Events: events), cancel);
            var copied = report.Created + report.Updated + report.Unchanged;

            if (await FirstDifferenceAsync(source, target, cancel) is { } unequal)
            {
                await Console.Error.WriteLineAsync($"bordermap: the claims differ after the copy, first at '{unequal}'");
                return 1;
            }

            Console.WriteLine($"Copied {copied} claims and {EventExchange.Count(events)} to {target.Description} ({report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged); every claim verified equal.");
            return 0;
        }
        catch (ImportRejectedException e)
        {
            foreach (var problem in e.Problems.Take(20))
            {
                await Console.Error.WriteLineAsync($"claim {problem.Index + 1}, {problem.Field}: {problem.Message}");
            }

            await Console.Error.WriteLineAsync($"bordermap: {e.Problems.Count} problem(s); nothing was copied.");
            return BorderMapCommandLine.BadInput;
        }
        catch (Exception e) when (e is StoreFormatException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"bordermap: {e.Message}");
            return BorderMapCommandLine.BadInput;
        }
        finally
        {
            if (target is not null)
            {
                await target.DisposeAsync();
            }

            if (source is not null)
            {
                await source.DisposeAsync();
            }
        }
    }

    /// <summary>Whether the target holds the sources with the same texts; if not, says which differ.</summary>
    private static async Task<bool> HasTheSourcesAsync(IClaimStore target, IReadOnlyList<Source> sources, CancellationToken cancel)
    {
        var targetSources = (await target.SourcesAsync(cancel)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var missing = sources.Where(s => !targetSources.ContainsKey(s.Id)).ToList();
        var different = sources.Where(s => targetSources.TryGetValue(s.Id, out var t) && t.Sha256 != s.Sha256).ToList();
        foreach (var s in missing)
        {
            await Console.Error.WriteLineAsync($"{target.Description}: has no source '{s.Id}'");
        }

        foreach (var s in different)
        {
            await Console.Error.WriteLineAsync($"{target.Description}: source '{s.Id}' has a different text (SHA-256 {targetSources[s.Id].Sha256}, not {s.Sha256})");
        }

        if (missing.Count > 0 || different.Count > 0)
        {
            await Console.Error.WriteLineAsync("bordermap: the target already holds other data; copy into a new store. Nothing was copied.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The id of the first claim that differs between the stores (or is in one only), or null when
    /// they hold the same claims in the same order. Both are read side by side, a page at a time.
    /// </summary>
    private static async Task<string?> FirstDifferenceAsync(IClaimStore source, IClaimStore target, CancellationToken cancel)
    {
        await using var expected = source.StreamAsync(ClaimFilter.All, cancel).GetAsyncEnumerator(cancel);
        await using var actual = target.StreamAsync(ClaimFilter.All, cancel).GetAsyncEnumerator(cancel);
        while (true)
        {
            var (hasExpected, hasActual) = (await expected.MoveNextAsync(), await actual.MoveNextAsync());
            if (!hasExpected || !hasActual)
            {
                return hasExpected ? expected.Current.Id : hasActual ? actual.Current.Id : null;
            }

            if (Key(expected.Current) != Key(actual.Current))
            {
                return expected.Current.Id;
            }
        }
    }

    /// <summary>Everything a copy keeps: the feature (geometry, data, bookkeeping) as JSON.</summary>
    private static string Key(Claim claim) => ClaimGeoJson.Feature(claim).ToJsonString();

    private sealed class ProgressLines : IProgress<int>
    {
        public void Report(int value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value} claims written"));
    }
}
