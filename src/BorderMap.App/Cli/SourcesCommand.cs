using System.CommandLine;
using System.Text;
using BorderMap.Storage;
using BorderMap.Storage.Files;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap sources add FILE --title … --publisher … --language … --published …</c> registers a
/// UTF-8 text file as a source (its id and SHA-256 are printed); <c>bordermap sources list</c> lists
/// the registered sources. A source's text never changes once registered: a correction is added
/// with <c>--supersedes ID</c>.
/// </summary>
internal static class SourcesCommand
{
    /// <summary>The largest text registered; a long report is a few hundred KiB.</summary>
    private const int MaxTextBytes = 64 << 20;

    public static void AddTo(RootCommand root)
    {
        var sources = new Command("sources", "Register source texts in the claim store, or list them.");
        sources.Subcommands.Add(Add());
        sources.Subcommands.Add(List());
        root.Subcommands.Add(sources);
    }

    private static Command Add()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The source text, UTF-8." };
        var title = new Option<string>("--title") { Description = "The source's title.", Required = true };
        var publisher = new Option<string>("--publisher") { Description = "Who published it.", Required = true };
        var language = new Option<string>("--language") { Description = "The text's language (BCP 47, e.g. en, ru, fa).", Required = true };
        var published = new Option<string>("--published") { Description = "The publication date, YYYY-MM-DD.", Required = true };
        var url = new Option<Uri?>("--url") { Description = "Where it was published (http or https)." };
        var translatedFrom = new Option<string?>("--translated-from") { Description = "The original language, when the text is a translation." };
        var notes = new Option<string[]>("--note") { Description = "A note on the source (repeat for more)." };
        var supersedes = new Option<string?>("--supersedes") { Description = "The id of the source this text corrects." };
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var add = new Command("add", "Register a text file as a source and print its id.") { file, title, publisher, language, published, url, translatedFrom, notes, supersedes, data, store };
        add.SetAction(async (result, cancel) =>
        {
            if (await ReadTextAsync(result.GetValue(file)!) is not { } text)
            {
                return BorderMapCommandLine.BadInput;
            }

            var draft = new SourceDraft(
                result.GetValue(title)!, result.GetValue(publisher)!, result.GetValue(language)!, result.GetValue(translatedFrom), result.GetValue(url),
                result.GetValue(published)!, result.GetValue(notes) ?? [], text, result.GetValue(supersedes));
            return await RegisterAsync(draft, result.GetValue(data), result.GetValue(store), cancel);
        });
        return add;
    }

    private static async Task<string?> ReadTextAsync(FileInfo file)
    {
        try
        {
            var bytes = BoundedFile.ReadAllBytes(file.FullName, MaxTextBytes);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            await Console.Error.WriteLineAsync($"bordermap: {file.FullName} is not UTF-8 text; convert it first (iconv -t UTF-8)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"bordermap: cannot read {file.FullName}: {e.Message}");
        }

        return null;
    }

    private static async Task<int> RegisterAsync(SourceDraft draft, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption) is not var (_, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        await using (store)
        {
            try
            {
                var source = await store.RegisterSourceAsync(draft, cancel: cancel);
                Console.WriteLine(source.Id);
                await Console.Error.WriteLineAsync($"Registered '{source.Title}' in {store.Description} as {source.Id} ({source.Text.Length} characters, SHA-256 {source.Sha256}).");
                return 0;
            }
            catch (StoreValidationException e)
            {
                var problem = e.Problems[0];
                await Console.Error.WriteLineAsync($"bordermap sources add: --{OptionFor(problem.Field)}: {problem.Message}");
                return BorderMapCommandLine.BadInput;
            }
        }
    }

    /// <summary>The option that sets a source field, so the message names what the user typed.</summary>
    private static string OptionFor(string field) => field switch
    {
        "publishedDate" => "published",
        "translatedFrom" => "translated-from",
        "text" => "FILE",
        _ => field,
    };

    private static Command List()
    {
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var list = new Command("list", "List the registered sources: id, publication date, language, SHA-256 and title.") { data, store };
        list.SetAction(async (result, cancel) =>
        {
            if (await ClaimsStoreOpener.OpenAsync(result.GetValue(data), result.GetValue(store), readOnly: true) is not var (_, opened))
            {
                return BorderMapCommandLine.BadInput;
            }

            await using (opened)
            {
                foreach (var source in await opened.SourcesAsync(cancel))
                {
                    var supersedes = source.Supersedes is { } old ? $"\t(corrects {old})" : string.Empty;
                    Console.WriteLine($"{source.Id}\t{source.PublishedDate}\t{source.Language}\t{source.Sha256}\t{source.Title}{supersedes}");
                }

                return 0;
            }
        });
        return list;
    }
}
