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
        "provinsi", "provinc", "provinz", "провинци", "област", "вилоят", "ولایت", "ولايت", "استان", "viloyat", "wilayah", "region", "صوبہ", "ولاية", "ولايه",
    ];

    private static readonly string[] TownWords = ["kota", "city", "town", "village", "stadt", "dorf", "ville", "город", "посёлок", "поселок", "кишлак", "шаҳр", "деҳа", "شهر", "قریه", "روستا", "قرية", "بلدة", "مدينة", "گاؤں", "shahr",
        "settlement", "hamlet", "ort", "orte", "ortes", "ortschaft", "siedlung", "localité", "bourg", "desa", "село", "селе", "селение", "деревн", "қишлоқ", "шаҳрак", "دهکده", "قصبه", "قصبہ", "شہر", "ښار", "کلی", "کلي"];

    private static readonly string[] DistrictWords = ["district", "distrik", "kabupaten", "kreis", "район", "уезд", "округ", "ноҳия", "nohiya", "woluswali", "ولسوال", "شهرستان", "مديري", "مقاطع", "ضلع", "اضلاع", "تحصیل"];

    private static readonly string[] RiverWords = ["river", "sungai", "fluss", "rivière", "fleuve", "река", "реки", "реке", "реку", "дарё", "رود", "رودخانه", "دریای", "دریائے", "نهر", "سیند"];

    private static readonly string[] PassWords = ["pass", "col", "перевал", "ағба", "کوتل", "گردنه", "ممر"];

    // Verbs whose object, when it can be a river, is the river: "crossed the Panj", "пересекли Пяндж", "عبروا بانج".
    private static readonly string[] CrossingVerbs = ["cross", "überquer", "franchi", "travers", "пересек", "пересёк", "перешл", "переправ", "menyeberang", "عبر"];

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "den", "die", "das" };

    // Small words that may stand between the cue and the name: "the province of Kandahar", "la province de Kandahar".
    private static readonly HashSet<string> Linkers = new(StringComparer.OrdinalIgnoreCase) { "of", "de", "du", "d", "von", "der", "des", "du", "la", "le" };

    /// <summary>The kind a cue word next to the mention (tokens <paramref name="first"/>..<paramref name="last"/>) names, or null.</summary>
    public static string? Around(string text, List<Token> tokens, int first, int last) => Before(text, tokens, first) ?? After(text, tokens, last);

    /// <summary>The kind a cue word before the mention names ("provinsi Helmand", "the districts of Yawan").</summary>
    public static string? Before(string text, List<Token> tokens, int first)
    {
        var before = first - 1;
        if (before >= 1 && Linkers.Contains(Word(text, tokens[before])))
        {
            before--;
        }

        return before >= 0 ? KindOf(Word(text, tokens[before])) : null;
    }

    /// <summary>The river a crossing verb just before the mention implies ("crossed the Panj"), or null.</summary>
    public static string? ByVerb(string text, List<Token> tokens, int first)
    {
        var before = first - 1;
        if (before >= 1 && (Linkers.Contains(Word(text, tokens[before])) || Articles.Contains(Word(text, tokens[before]))))
        {
            before--;
        }

        return before >= 0 && Starts(Word(text, tokens[before]).ToLowerInvariant(), CrossingVerbs) ? PlaceKinds.River : null;
    }

    /// <summary>
    /// Whether a word is itself only a kind word ("مدينة", "ومدينة", "город"): a generic word, never a
    /// place, even where a gazetteer lists it as one language's name of a place (Medina).
    /// </summary>
    public static bool IsGenericWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return AllWords.Contains(lower) || (NameTokens.IsArabicScript(word[0]) && WordForms.Of(word).Any(f => AllWords.Contains(f.Form)));
    }

    private static readonly HashSet<string> AllWords = new(Admin1Words.Concat(TownWords).Concat(DistrictWords).Concat(RiverWords).Concat(PassWords), StringComparer.Ordinal);

    /// <summary>The kind a cue word after the mention names ("Helmand province", "Ishkashim districts").</summary>
    public static string? After(string text, List<Token> tokens, int last) => last + 1 < tokens.Count ? KindOf(Word(text, tokens[last + 1])) : null;

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

    /// <summary>The kind a word names ("provinsi": admin1, "village": populated place), or null.</summary>
    public static string? KindOf(string word)
    {
        var lower = word.ToLowerInvariant();
        return Starts(lower, Admin1Words) ? PlaceKinds.Admin1
            : Starts(lower, TownWords) ? PlaceKinds.PopulatedPlace
            : Starts(lower, DistrictWords) ? PlaceKinds.District
            : Starts(lower, RiverWords) ? PlaceKinds.River
            : Starts(lower, PassWords) ? PlaceKinds.Pass
            : null;
    }

    // A cue of three letters or fewer ("ort", "col") must be the whole word: as a prefix it would start names ("Ortona", "Colombo").
    private static bool Starts(string lower, string[] words) =>
        words.Any(w => lower == w || (w.Length > 3 && lower.StartsWith(w, StringComparison.Ordinal)));

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);
}
