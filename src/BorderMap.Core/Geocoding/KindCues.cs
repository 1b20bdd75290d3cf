namespace BorderMap.Core.Geocoding;

/// <summary>
/// Words next to a place name that say what kind of place is meant: "kota Kandahar" and "the city
/// of Kandahar" mean the town, "provinsi Helmand", "Helmand province", "Provinz Helmand",
/// "провинции Гильменд" and "ولایت هلمند" the province. Words are compared by prefix so that case
/// forms ("провинции", "городе") count too.
/// </summary>
public static class KindCues
{
    private static readonly string[] Admin1Words =
    [
        "provinsi", "provinc", "provinz", "провинци", "област", "вилоят", "ولایت", "ولايت", "استان", "viloyat", "wilayah", "region",
    ];

    private static readonly string[] TownWords = ["kota", "city", "town", "stadt", "ville", "город", "шаҳр", "شهر", "shahr"];

    // Small words that may stand between the cue and the name: "the province of Kandahar", "la province de Kandahar".
    private static readonly HashSet<string> Linkers = new(StringComparer.OrdinalIgnoreCase) { "of", "de", "du", "von", "der", "des" };

    /// <summary>The kind a cue word next to the mention (tokens <paramref name="first"/>..<paramref name="last"/>) names, or null.</summary>
    public static string? Around(string text, List<Token> tokens, int first, int last)
    {
        var before = first - 1;
        if (before >= 1 && Linkers.Contains(Word(text, tokens[before])))
        {
            before--;
        }

        return (before >= 0 ? KindOf(Word(text, tokens[before])) : null)
            ?? (last + 1 < tokens.Count ? KindOf(Word(text, tokens[last + 1])) : null);
    }

    /// <summary>A query without a leading or trailing cue word ("Provinsi Badakhshan" → "Badakhshan", admin1), and the kind it names.</summary>
    public static (string Name, string? Kind) Strip(string query)
    {
        var tokens = NameTokens.Split(query);
        if (tokens.Count < 2)
        {
            return (query, null);
        }

        if (KindOf(Word(query, tokens[0])) is { } leading)
        {
            var from = tokens.Count > 2 && Linkers.Contains(Word(query, tokens[1])) ? tokens[2].Start : tokens[1].Start;
            return (query[from..], leading);
        }

        return KindOf(Word(query, tokens[^1])) is { } trailing ? (query[..tokens[^2].End], trailing) : (query, null);
    }

    /// <summary>Whether a word names a kind of place ("provinsi", "city", "области").</summary>
    public static bool IsCue(string word) => KindOf(word) is not null;

    private static string? KindOf(string word)
    {
        var lower = word.ToLowerInvariant();
        return Admin1Words.Any(w => lower.StartsWith(w, StringComparison.Ordinal)) ? PlaceKinds.Admin1
            : TownWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal)) ? PlaceKinds.PopulatedPlace
            : null;
    }

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);
}
