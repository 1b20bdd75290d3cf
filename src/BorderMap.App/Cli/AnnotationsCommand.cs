using System.CommandLine;
using System.Globalization;
using System.Text;
using BorderMap.Core.Sources;
using BorderMap.Storage;
using BorderMap.Storage.Interchange.Annotations;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap annotations import FILE [--dry-run]</c>: reads quote annotations (one W3C Web
/// Annotation per line, as <c>claims export --format annotations</c> writes them) and anchors each
/// in its source text (see <see cref="AnnotationAnchor"/>). Every annotation that cannot be anchored
/// is listed with its line and reason, and then nothing changes (exit code 2); otherwise the claims
/// whose quotes moved are updated in one transaction, with history. Only those are held in memory.
/// </summary>
internal static class AnnotationsCommand
{
    private const int MaxListed = 1000;

    public static void AddTo(RootCommand root)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Web Annotations of quotes, one JSON object per line (.jsonl)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Anchor every annotation; change nothing." };
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var import = new Command("import", "Anchor quote annotations in their sources and update the claims whose quotes moved, all or nothing.") { file, dryRun, data, store };
        import.SetAction((result, cancel) => RunAsync(result.GetValue(file)!, result.GetValue(dryRun), result.GetValue(data), result.GetValue(store), cancel));
        var annotations = new Command("annotations", "Quotes as W3C Web Annotations.");
        annotations.Subcommands.Add(import);
        root.Subcommands.Add(annotations);
    }

    private static async Task<int> RunAsync(FileInfo file, bool dryRun, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"bordermap: {file.FullName} does not exist");
            return BorderMapCommandLine.BadInput;
        }

        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption) is not var (_, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        await using (store)
        {
            using var input = new StreamReader(file.FullName, new UTF8Encoding(false));
            var (count, refused, moved) = await AnchorAllAsync(file.Name, input, store, cancel);
            if (refused > 0)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bordermap: {refused} of {count} annotations in {file.Name} cannot be anchored; nothing was changed."));
                return BorderMapCommandLine.BadInput;
            }

            var report = await store.ImportAsync(moved, new ImportOptions(dryRun, Actor: "bordermap annotations import"), cancel);
            var verb = dryRun ? "Dry run, nothing written: anchored" : "Anchored";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {count} annotations from {file.Name} in {store.Description}: {report.Updated} quotes moved, {count - report.Updated} exactly where they were."));
            return 0;
        }
    }

    /// <summary>Anchors every annotation, printing each refusal; answers how many there were, how many were refused and the claims whose quotes moved.</summary>
    private static async Task<(int Count, int Refused, List<ClaimDraft> Moved)> AnchorAllAsync(string name, TextReader input, IClaimStore store, CancellationToken cancel)
    {
        var sources = new Dictionary<string, Source?>(StringComparer.Ordinal);
        var (count, refused) = (0, 0);
        var moved = new List<ClaimDraft>();
        foreach (var (line, target, unreadable) in AnnotationLines.Read(input))
        {
            count++;
            var (draft, refusal) = target is null ? (null, unreadable) : await AnchorAsync(target, store, sources, cancel);
            if (refusal is not null && ++refused <= MaxListed)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}: line {line}: {refusal}"));
            }

            if (draft is not null && refused == 0)
            {
                moved.Add(draft);
            }
        }

        return (count, refused, moved);
    }

    /// <summary>The claim with its quote anchored anew when it moved, null when it is where it was; or the reason it cannot be anchored.</summary>
    private static async Task<(ClaimDraft? Moved, string? Refusal)> AnchorAsync(QuoteTarget target, IClaimStore store, Dictionary<string, Source?> sources, CancellationToken cancel)
    {
        if (await store.FindClaimAsync(target.ClaimId, cancel) is not { } claim)
        {
            return (null, $"no claim has the id '{target.ClaimId}'");
        }

        if (claim.Data.Source != target.SourceId)
        {
            return (null, $"claim '{claim.Id}' quotes source '{claim.Data.Source}', not '{target.SourceId}'");
        }

        if (!sources.TryGetValue(target.SourceId, out var source))
        {
            sources[target.SourceId] = source = await store.FindSourceAsync(target.SourceId, cancel);
        }

        var (quote, refusal) = source is null ? (null, $"no source has the id '{target.SourceId}'") : AnnotationAnchor.Anchor(target, source);
        return quote is null ? (null, refusal) : (quote == claim.Data.Quote ? null : ClaimDraft.Of(claim) with { Data = claim.Data with { Quote = quote } }, null);
    }
}
