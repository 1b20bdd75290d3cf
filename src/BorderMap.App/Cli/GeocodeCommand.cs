using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;
using NetTopologySuite.IO.Converters;

namespace BorderMap.App.Cli;

/// <summary><c>bordermap geocode NAME [--json] [--limit N] [--context IDS] [--data DIR]</c>: ranked places for a name in any spelling or script.</summary>
internal static class GeocodeCommand
{
    /// <summary>JSON as the HTTP API writes it (camelCase, GeoJSON geometries), indented, with names in any script left readable.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new GeoJsonConverterFactory() },
    };

    public static void AddTo(RootCommand root)
    {
        var name = new Argument<string>("name") { Description = "A place name, e.g. Badachschan, Бадахшан or بدخشان." };
        var json = new Option<bool>("--json") { Description = "Print the candidates as JSON." };
        var limit = new Option<int>("--limit") { Description = "How many candidates to list (1 to 50).", DefaultValueFactory = _ => 5 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 50)
            {
                r.AddError("--limit must be from 1 to 50.");
            }
        });
        var data = new Option<DirectoryInfo?>("--data") { Description = "Geodata directory (default: the one shipped with the app)." };
        var context = new Option<string?>("--context") { Description = "Comma-separated ids of areas the text is about, e.g. AF-BDS: their places rank higher." };

        var command = new Command("geocode", "Find the places a name may refer to, best first, with score and reason.") { name, json, limit, context, data };
        command.SetAction(result => Run(result.GetValue(name)!, result.GetValue(json), result.GetValue(limit), result.GetValue(context), result.GetValue(data)));
        root.Subcommands.Add(command);
    }

    private static int Run(string name, bool json, int limit, string? context, DirectoryInfo? data)
    {
        Geocoder geocoder;
        try
        {
            geocoder = new Geocoder(GazetteerReader.Load(ClaimsStoreOpener.GeodataDirectory(data)));
        }
        catch (GeodataException e)
        {
            Console.Error.WriteLine($"bordermap: cannot load the gazetteer: {e.Message}");
            return BorderMapCommandLine.BadInput;
        }

        var ids = (context ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var candidates = geocoder.Geocode(name, new GeocodeContext(ids, [], null), limit);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(candidates, Json));
            return 0;
        }

        if (candidates.Count == 0)
        {
            Console.WriteLine($"No place is called '{name}' or anything close to it.");
            return 0;
        }

        foreach (var (c, rank) in candidates.Select((c, i) => (c, i + 1)))
        {
            var p = c.Place;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank}. {c.Score:0.000}  {p.Id}  {p.Name} ({p.Kind}, {(p.Admin1.Length > 0 && p.Admin1 != p.Id ? p.Admin1 + ", " : "")}{p.Country})  {p.Lat:0.#####}, {p.Lon:0.#####}"));
            Console.WriteLine($"   {c.Reason}");
        }

        return 0;
    }
}
