using System.Text.Json;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// Country names by language from cldr-localenames-full (<c>main/{lang}/territories.json</c>).
/// Keeps ISO 3166-1 alpha-2 codes and their <c>-alt-variant</c> names ("Pantai Gading"); drops
/// <c>-alt-short</c> names, which are abbreviations such as "AS" or "UK" that collide with words.
/// </summary>
internal sealed class TerritoryNames
{
    private readonly Dictionary<string, List<(string Language, string Name)>> _byCode = new(StringComparer.Ordinal);

    public static bool IsNeeded(string entryName) =>
        GazetteerInputs.Languages.Any(l => entryName == $"package/main/{l}/territories.json");

    public static TerritoryNames Load(IReadOnlyDictionary<string, byte[]> files)
    {
        var names = new TerritoryNames();
        foreach (var language in GazetteerInputs.Languages)
        {
            var path = $"package/main/{language}/territories.json";
            if (!files.TryGetValue(path, out var json))
            {
                throw new GeodataBuildException($"cldr-localenames-full has no {path}.");
            }

            using var document = JsonDocument.Parse(json);
            var territories = document.RootElement.GetProperty("main").GetProperty(language)
                .GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (var property in territories.EnumerateObject())
            {
                var key = property.Name;
                var code = key.EndsWith("-alt-variant", StringComparison.Ordinal) ? key[..2] : key;
                if (code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && property.Value.GetString() is { } name)
                {
                    names.Add(code, language, name);
                }
            }
        }

        return names;
    }

    /// <summary>Every alpha-2 code CLDR names, sorted.</summary>
    public IEnumerable<string> Codes => _byCode.Keys.Order(StringComparer.Ordinal);

    public IReadOnlyList<(string Language, string Name)> Of(string code) => _byCode.TryGetValue(code, out var names) ? names : [];

    private void Add(string code, string language, string name)
    {
        if (!_byCode.TryGetValue(code, out var list))
        {
            _byCode[code] = list = [];
        }

        list.Add((language, name));
    }
}
