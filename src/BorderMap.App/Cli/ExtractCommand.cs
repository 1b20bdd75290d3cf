using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Extraction;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;

namespace BorderMap.App.Cli;

/// <summary><c>bordermap extract FILE [--lang xx] [--json] [--data DIR]</c>: propose claims, one per sentence that names a place.</summary>
internal static class ExtractCommand
{
    public static void AddTo(RootCommand root)
    {
        var file = new Argument<FileInfo>("file") { Description = "A UTF-8 text file, e.g. a news article." };
        var lang = new Option<string?>("--lang") { Description = "The text's language (ISO 639-1: id, de, en, ru, fa, …); it decides how numbers such as 1.037 are read." };
        var json = new Option<bool>("--json") { Description = "Print the proposals as JSON (as POST /api/extract lists them, without the claim drafts)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Geodata directory (default: the one shipped with the app)." };

        var command = new Command("extract", "Propose claims from a text: each sentence that names a place, with its quote offsets, place, category and numbers.") { file, lang, json, data };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(lang), result.GetValue(json), result.GetValue(data)));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo file, string? language, bool json, DirectoryInfo? data)
    {
        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"bordermap: cannot read {file.FullName}: {e.Message}");
            return BorderMapCommandLine.BadInput;
        }

        ClaimProposer proposer;
        try
        {
            var directory = ClaimsStoreOpener.GeodataDirectory(data);
            proposer = new ClaimProposer(new MentionFinder(new Geocoder(GazetteerReader.Load(directory))), GeodataLoader.Load(directory).Areas);
        }
        catch (GeodataException e)
        {
            Console.Error.WriteLine($"bordermap: cannot load geodata: {e.Message}");
            return BorderMapCommandLine.BadInput;
        }

        var proposals = proposer.Propose(text, language);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(proposals, GeocodeCommand.Json));
            return 0;
        }

        foreach (var p in proposals)
        {
            var where = p.Refs.Count > 0 ? string.Join(" ", p.Refs) : p.Geometry?.ToText();
            var numbers = string.Join(", ", p.Numbers.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Key}={n.Value}")));
            Console.WriteLine($"[{p.Quote.Start}–{p.Quote.End}] {p.Category}{(p.CategoryCue is null ? "" : $" (cue: {p.CategoryCue})")}  {p.Place} → {p.PlaceId}, geoPrecision {p.GeoPrecision}, {where}{(numbers.Length > 0 ? $"; {numbers}" : "")}");
            Console.WriteLine($"   places: {string.Join("; ", p.Mentions.Select(m => $"{m.Text} → {m.Candidates[0].Place.Id} ({m.Candidates[0].Score:0.00})"))}");
            Console.WriteLine($"   “{p.Quote.Text}”");
        }

        Console.WriteLine($"{proposals.Count} proposals from {file.Name}.");
        return 0;
    }
}
