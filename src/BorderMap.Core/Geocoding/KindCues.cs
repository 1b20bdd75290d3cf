namespace BorderMap.Core.Geocoding;

/// <summary>
/// Words next to a place name that say what kind of place is meant: "kota Kandahar" and "the city
/// of Kandahar" mean the town, "provinsi Helmand", "Helmand province", "Provinz Helmand",
/// "провинции Гильменд" and "ولایت هلمند" the province. Words are compared by prefix so that case
/// forms ("провинции", "городе") count too.
/// </summary>
public static class KindCues
{
    // A region of Tajikistan or Kyrgyzstan is an oblast, which German calls "Gebiet", French "région" and Arabic "إقليم" as English says
    // "region": "das Gebiet Batken", "la région de Batken", "إقليم باتكن" are the province, not its same-named capital.
    private static readonly string[] Admin1Words =
    [
        "provinsi", "provinc", "provinz", "провинци", "област", "вилоят", "ولایت", "ولايت", "استان", "viloyat", "wilayah", "region", "صوبہ", "صوبے", "صوبوں", "ولاية", "ولايه",
        "gebiet", "région", "إقليم", "اقليم",
    ];

    // A province's police and governor: "پولیس بلخ", "Balkh police", "the governor of Kunduz" name the province, not its namesake town.
    private static readonly string[] ProvinceOfficeWords = ["police", "polizei", "polisi", "полици", "полис", "پولیس", "پلیس", "شرطة", "governor", "gouverneur", "gubernur", "губернатор", "волӣ", "волии", "والی", "والي", "گورنر"];

    private static readonly string[] TownWords = ["kota", "city", "town", "village", "stadt", "dorf", "ville", "город", "посёлок", "поселок", "кишлак", "шаҳр", "деҳа", "شهر", "قریه", "روستا", "قرية", "بلدة", "مدينة", "گاؤں", "shahr",
        "settlement", "hamlet", "ort", "orte", "ortes", "ortschaft", "siedlung", "localité", "bourg", "desa", "село", "селе", "селение", "деревн", "қишлоқ", "шаҳрак", "شهرک", "ښارګوټی", "ښارګوټي", "دهکده", "قصبه", "قصبہ", "قصبے", "شہر", "ښار", "کلی", "کلي"];

    private static readonly string[] DistrictWords = ["district", "distrik", "kabupaten", "kreis", "bezirk", "район", "уезд", "округ", "ноҳия", "nohiya", "woluswali", "ولسوال", "شهرستان", "ناحیه", "ناحيه", "نواحی", "نواحي", "مديري", "مقاطع", "منطق", "ضلع", "اضلاع", "تحصیل",
        // The Wakhan corridor is the Wakhan district: "corridor" names a district too ("Wachan-Korridor", "Ваханский коридор", "долони Вахон").
        "corridor", "korridor", "коридор", "долон"];

    private static readonly string[] RiverWords = ["river", "sungai", "fluss", "rivière", "fleuve", "река", "реки", "реке", "реку", "дарё", "رود", "رودخانه", "دریای", "دریائے", "نهر", "سیند"];

    private static readonly string[] PassWords = ["pass", "col", "перевал", "ағба", "کوتل", "گردنه", "ممر"];

    // Words for a border or army post: generic words that GeoNames also lists as names of small places (Urdu and Persian
    // "چوکی", post, is a district of Kunar); never a place on their own, and no cue either, as a post is no gazetteer kind.
    private static readonly string[] PostWords =
    [
        "post", "posts", "outpost", "checkpoint", "pos", "posten", "grenzposten", "stützpunkt", "poste", "пост", "поста", "посту", "застава", "заставе", "заставу", "заставы", "посгоҳ", "посгоҳи", "посгоҳҳо", "посгоҳҳои",
        "پاسگاه", "پوسته", "پسته", "چوکی", "چوکۍ", "پوسٹ", "مخفر", "مخافر", "ثكنة",
        // Arabic "موقعهم" (their position) with its owner written onto it: "تركوا موقعهم في إشكاشم" (left their post at Ishkashim).
        "موقعهم", "مواقعهم", "موقعه", "مواقعه",
    ];

    // A river's bank ("the Tajik bank of the Panj", "am Ufer des Pandsch", "на берегу Пянджа"): whole words only, as "bank" also starts other words.
    private static readonly HashSet<string> BankWords = new(StringComparer.Ordinal)
    {
        "bank", "banks", "riverbank", "ufer", "rive", "rives", "berge", "berges", "tepi", "берег", "берегу", "берега", "берегом", "соҳил", "соҳили", "ضفة", "ضفاف", "غاړه", "غاړې", "ساحل", "کنارے",
    };

    // Words that join the items of a list ("Kishim, Baharak and Jurm").
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "und", "oder", "et", "ou", "dan", "atau", "serta", "и", "или", "а", "ва", "ё", "و", "یا", "او", "اور", "أو",
    };

    private const int MaxListItems = 8;
    private const int MaxItemWords = 4;

    // Verbs whose object, when it can be a river, is the river: "crossed the Panj", "пересекли Пяндж", "عبروا بانج";
    // prepositions of crossing ("fled across the Panj", "flohen über den Pandsch", "переправились через Пяндж"); and prepositions
    // that place something on a river or along it, where a town would take "in" ("ein Posten am Pandsch", "on the Panj", "вдоль Пянджа").
    private static readonly string[] CrossingVerbs = ["cross", "überquer", "franchi", "travers", "пересек", "пересёк", "перешл", "переправ", "menyeberang", "melintasi", "عبر"];

    // Tajik, Persian, Pashto and Urdu put the verb after its object: "аз Панҷ гузаштанд", "له پنج څخه واوښتل" (crossed the Panj).
    private static readonly string[] CrossingVerbsAfter = ["гузашт", "убур", "عبور", "گذشت", "واوښت", "اوښت"];

    // Tajik "аз рӯи" and Persian "در امتداد" (along) also: "the border runs along the Panj".
    private static readonly HashSet<string> RiverPrepositions = new(StringComparer.Ordinal) { "across", "über", "через", "am", "entlang", "along", "on", "вдоль", "sepanjang", "рӯи", "امتداد" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "den", "die", "das" };

    // Small words that may stand between the cue and the name: "the province of Kandahar", "la province de Kandahar".
    // Persian written without the non-joiner leaves the plural ending as a word of its own ("ولسوالی های خواهان"): it links, too.
    private static readonly HashSet<string> Linkers = new(StringComparer.OrdinalIgnoreCase) { "of", "de", "du", "d", "von", "der", "des", "du", "la", "le", "ها", "های" };

    /// <summary>The kind a cue word next to the mention (tokens <paramref name="first"/>..<paramref name="last"/>) names, or null.</summary>
    public static string? Around(string text, List<Token> tokens, int first, int last) => Before(text, tokens, first) ?? After(text, tokens, last);

    /// <summary>The kind a cue word before the mention names ("provinsi Helmand", "the districts of Yawan").</summary>
    public static string? Before(string text, List<Token> tokens, int first)
    {
        var before = SkipLinkers(text, tokens, first - 1);
        var kind = before >= 0 ? KindOf(Word(text, tokens[before])) : null;
        kind = kind is not null && ClosesPashtoGenitive(text, tokens, before) ? null : kind;
        return kind == PlaceKinds.Admin1 && IsCapitalOfProvinceBefore(text, tokens, before, first) ? PlaceKinds.PopulatedPlace
            : kind == PlaceKinds.PopulatedPlace && IsCapitalInApposition(text, tokens, before, first) ? PlaceKinds.Admin1
            : kind ?? (first > 0 && BareNeighbourWords.Contains(WordCopies.Lower(text, tokens[first - 1])) ? PlaceKinds.Admin1 : null);
    }

    /// <summary>
    /// The kind a cue word before the mention names, read beside the name before it (<paramref name="nameBefore"/>): a kind word reached
    /// over "of" that stands right after that name is its own, and the mention is what holds that place ("the Khanabad district of
    /// Kunduz": a district's province).
    /// </summary>
    public static string? BeforeBeside(string text, List<Token> tokens, int first, (int Start, int End)? nameBefore)
    {
        var cue = SkipLinkers(text, tokens, first - 1);
        var heldByMention = nameBefore is { } name && cue >= 0 && cue < first - 1 && name.End <= tokens[cue].Start
            && text.AsSpan(name.End, tokens[cue].Start - name.End).IsWhiteSpace();
        return !heldByMention ? Before(text, tokens, first)
            : KindOf(Word(text, tokens[cue])) == PlaceKinds.District ? PlaceKinds.Admin1 : null;
    }

    // "Neighbouring" with no kind word names the province beside the one just named ("In neighbouring Baghlan", "Im benachbarten
    // Baghlan", "په ګاونډي بغلان کې"), not its same-named capital; a cue that fits none of a name's places (a country) is dropped.
    private static readonly HashSet<string> BareNeighbourWords = new(StringComparer.Ordinal)
    {
        "neighbouring", "neighboring", "benachbarten", "benachbarte", "benachbartem", "соседнем", "соседней", "соседнего", "ګاونډي", "ګاونډۍ",
    };

    // A province's capital in apposition: "ibu kota provinsi, Kunduz", "административный центр провинции, Кундуз", "مرکز ولایت، کندز":
    // the province word says whose capital the name is, and the name after the comma is the town.
    private const int CapitalReach = 3;

    private static bool IsCapitalOfProvinceBefore(string text, List<Token> tokens, int provinceWord, int first) =>
        HasComma(text, tokens[provinceWord].End, tokens[first].Start)
        && Enumerable.Range(Math.Max(0, provinceWord - CapitalReach), Math.Min(CapitalReach, provinceWord))
            .Any(at => IsCapitalWord(WordCopies.Lower(text, tokens[at])) && !HasClauseBreak(text, tokens[at].End, tokens[provinceWord].Start));

    // A town's capital word in apposition names whose capital it is: "Aybak, capital of Samangan", "Aibak, Hauptstadt von Samangan",
    // "Aybak, ibu kota Samangan" — the name after it is the province, though the town also goes by it. Only after a comma that closes
    // the town's name and with no comma before the name: "the provincial capital, Kunduz" and "in the capital Kabul" name the town.
    private static bool IsCapitalInApposition(string text, List<Token> tokens, int capitalWord, int first)
    {
        var lower = WordCopies.Lower(text, tokens[capitalWord]);
        var opening = capitalWord - 1;
        if (lower == "kota")
        {
            // Indonesian writes the capital "ibu kota"; "kota" alone is a town.
            if (opening < 0 || WordCopies.Lower(text, tokens[opening]) != "ibu")
            {
                return false;
            }

            opening--;
        }

        opening = opening >= 0 && Articles.Contains(Word(text, tokens[opening])) ? opening - 1 : opening;
        return IsCapitalWord(lower) && opening >= 0 && HasComma(text, tokens[opening].End, tokens[opening + 1].Start)
            && !HasClauseBreak(text, tokens[capitalWord].End, tokens[first].Start);
    }

    // Words for a capital or a seat: "capital", "Provinzhauptstadt", "chef-lieu", "ibu kota", "центр", "маркази", "مرکز", "عاصمة", "دارالحکومت".
    private static readonly string[] CapitalWords = ["capital", "chef-lieu", "chef", "kota", "столиц", "центр", "марказ", "مرکز", "مركز", "پایتخت", "دارالحکومت", "عاصمة", "عاصمه"];

    private static bool IsCapitalWord(string lower) =>
        lower.Contains("hauptstadt", StringComparison.Ordinal) || CapitalWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal));


    /// <summary>The kind a cue word standing right before the mention names, with no linking word between ("Provinz Kundus", not "districts of Kunduz").</summary>
    public static string? RightBefore(string text, List<Token> tokens, int first) => first > 0 ? KindOf(Word(text, tokens[first - 1])) : null;

    /// <summary>
    /// The kind a cue word names for the whole list the mention ends ("уездов Ворудж, Зебак и Ишкашим",
    /// "les districts de Roustaq et de Farkhar", "مديريات كشم وبهارك وجرم"): the walk goes back item by
    /// item, whether or not the earlier items were recognised, over commas, "and" (Arabic writes it onto
    /// the next item) and small linking words, until a cue word stands right before an item.
    /// </summary>
    public static string? ListCue(string text, List<Token> tokens, int first, bool offices = true)
    {
        var item = first;
        for (var items = 0; items < MaxListItems; items++)
        {
            var before = SkipLinkers(text, tokens, item - 1);
            if (before < 0)
            {
                return null;
            }

            if (KindOf(Word(text, tokens[before]), offices) is { } kind)
            {
                return OnlyWordsBetween(text, tokens[before].End, tokens[item].Start) && !ClosesPashtoGenitive(text, tokens, before) ? kind : null;
            }

            var end = Joiners.Contains(Word(text, tokens[before])) ? before - 1 : before;
            if (end >= 0 && end < before && OpensClause(text, tokens[end], tokens[before]))
            {
                return null;
            }

            if (end < 0 || !(end < before || HasComma(text, tokens[end].End, tokens[end + 1].Start) || WritesAndOnto(text, tokens[item])))
            {
                return items > 0 || ListFollows(text, tokens, item) ? FarCue(text, tokens, before) : null;
            }

            item = ItemStart(text, tokens, end);
        }

        return null;
    }

    private const int MaxFarCueWords = 5;

    /// <summary>
    /// The kind a cue word names up to four plain words before a list ("Distrik yang jatuh antara lain Jurm, Baharak dan Zebak", "the
    /// districts that fell include …"): lower-case words only, no "and" or punctuation, and only a kind of place (no office) counts.
    /// </summary>
    private static string? FarCue(string text, List<Token> tokens, int before)
    {
        for (var at = before; at >= 0 && before - at < MaxFarCueWords; at--)
        {
            var word = Word(text, tokens[at]);
            if (KindOf(word, offices: false) is { } kind)
            {
                return kind;
            }

            if (!char.IsLower(word[0]) || Joiners.Contains(word) || at == 0 || !OnlySpaceBetween(text, tokens[at - 1].End, tokens[at].Start))
            {
                return null;
            }
        }

        return null;
    }

    // Whether another list item follows the item that starts at word first: a comma or "and" after one of its few words, then a name.
    private static bool ListFollows(string text, List<Token> tokens, int first)
    {
        for (var k = first; k + 1 < tokens.Count && k - first < MaxItemWords; k++)
        {
            var next = k + 1;
            var joined = Joiners.Contains(Word(text, tokens[next])) || HasComma(text, tokens[k].End, tokens[next].Start);
            next = Joiners.Contains(Word(text, tokens[next])) ? next + 1 : next;
            if (joined)
            {
                return next < tokens.Count && NameTokens.MayStartName(text, tokens[next]);
            }

            if (!OnlySpaceBetween(text, tokens[k].End, tokens[next].Start))
            {
                return false;
            }
        }

        return false;
    }

    // The first word of the list item that ends at word end: up to a few words joined by spaces, none a cue, joiner or linker.
    private static int ItemStart(string text, List<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && end - start + 1 < MaxItemWords && OnlySpaceBetween(text, tokens[start - 1].End, tokens[start].Start))
        {
            var word = Word(text, tokens[start - 1]);
            if (IsCue(word) || Joiners.Contains(word) || Linkers.Contains(word) || Articles.Contains(word))
            {
                break;
            }

            start--;
        }

        return start;
    }

    // Arabic writes "and" onto the next word: "كشم وبهارك".
    /// <summary>Whether a word is the Tajik ezafe written after a name with a hyphen ("Рустоқ-и", "Дарвози Боло-и"), not the Russian "и" (and).</summary>
    public static bool IsHyphenEzafe(string text, Token token) => token.Length == 1 && text[token.Start] == 'и' && token.Start > 0 && text[token.Start - 1] == '-';

    // Persian, Pashto, Urdu and Arabic join a list's last item with "and" alone ("برکہ اور دوشی"); a comma before the "and" ends a clause,
    // and the "and" opens the next ("… خالی کر دیے، اور نہرین کے قریب", vacated …, and near Nahrin): no list goes on past it.
    private static bool OpensClause(string text, Token before, Token joiner) =>
        NameTokens.IsArabicScript(text[joiner.Start]) && HasComma(text, before.End, joiner.Start);

    private static bool WritesAndOnto(string text, Token item) => text[item.Start] == 'و' && item.Length > 3;

    private static bool HasComma(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(",،") >= 0;

    private static bool OnlySpaceBetween(string text, int from, int to) => text.AsSpan(from, to - from).Trim(" \u00A0\u200C'’").IsEmpty;

    // Only words (the linking words skipped) and spaces, no punctuation: "districts de Roustaq", not "province, Rustaq".
    private static bool OnlyWordsBetween(string text, int from, int to)
    {
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (!char.IsLetter(c) && c is not (' ' or '\u00A0' or '\u200C' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    // Steps back over up to two small linking words or articles ("the bank of the Panj", "am Ufer des Pandsch"), then over a word for a
    // district's centre that a kind word qualifies ("the district centres of Rustaq", "уездные центры Рустак": the district is named),
    // over an adjective after a word for a river's bank ("la rive afghane du Piandj": the bank's river) and over "neighbouring" after
    // a kind word ("la province voisine de Balkh", "вилояти ҳамсояи Балх", "ولایت همسایه بلخ": the province) or "border" ("la ville
    // frontalière de Panj": the town).
    private static int SkipLinkers(string text, List<Token> tokens, int before)
    {
        for (var skipped = 0; skipped < 2 && before >= 1 && (Linkers.Contains(Word(text, tokens[before])) || Articles.Contains(Word(text, tokens[before]))); skipped++)
        {
            before--;
        }

        if (before >= 1 && KindOf(Word(text, tokens[before - 1]), offices: false) is { } kind && OnlySpaceBetween(text, tokens[before - 1].End, tokens[before].Start))
        {
            var word = Word(text, tokens[before]);
            var centre = kind == PlaceKinds.District && CentreWords.Any(c => word.StartsWith(c, StringComparison.OrdinalIgnoreCase)) && !OwnedByPashtoGenitive(text, tokens, before - 1);
            var bankAdjective = BankWords.Contains(WordCopies.Lower(text, tokens[before - 1])) && char.IsLower(word[0]) && !IsCue(word);
            var lower = word.ToLowerInvariant();
            before = centre || bankAdjective || NeighbourWords.Contains(lower) || PostposedCountryAdjectives.Contains(lower) || LandscapeAdjectives.Contains(lower)
                || (kind == PlaceKinds.PopulatedPlace && BorderAdjectives.Contains(lower)) ? before - 1 : before;
        }

        return before;
    }

    private const int GenitiveReach = 3;

    // Pashto "د چهاردرې ولسوالۍ مرکز دور رباط" (Dowr-e Rabat, the centre of the Chahar Dara district): the district word after "د" and a
    // name is that name's, so the centre after it is named by its own name, not by the district's ("ولسوالۍ مرکز" alone is the district).
    private static bool OwnedByPashtoGenitive(string text, List<Token> tokens, int districtWord) =>
        Enumerable.Range(Math.Max(0, districtWord - GenitiveReach), Math.Min(GenitiveReach, districtWord)).Any(at => Word(text, tokens[at]) == "د")
        && !HasClauseBreak(text, tokens[Math.Max(0, districtWord - GenitiveReach)].End, tokens[districtWord].Start);

    // Pashto writes the kind word after its name: after "د" and a name it is that name's ("د بلخ ولایت بلخ او کشنده ولسوالۍ", Balkh
    // province's Balkh and Kishindeh districts), no cue to the name after it.
    private static bool ClosesPashtoGenitive(string text, List<Token> tokens, int cue) =>
        cue >= 2 && Word(text, tokens[cue - 1]) != "د" && OwnedByPashtoGenitive(text, tokens, cue);

    // "Neighbouring" where it follows the kind word (French, Indonesian, Tajik and Persian order).
    private static readonly HashSet<string> NeighbourWords = new(StringComparer.Ordinal) { "voisine", "voisin", "voisines", "voisins", "tetangga", "ҳамсояи", "ҳамсоя", "همسایه", "همسایه‌ی", "همجوار" };

    // A country's adjective after the kind word (French and Tajik order): "la ville afghane d'Ichkachim", "шаҳри афғонии Ишкошим" are
    // the town, as "the Afghan town of Ishkashim" is.
    private static readonly HashSet<string> PostposedCountryAdjectives = new(StringComparer.Ordinal)
    {
        "afghane", "afghan", "afghanes", "afghans", "tadjike", "tadjik", "tadjikes", "tadjiks", "ouzbèke", "ouzbek",
        "афғонии", "афғонӣ", "тоҷикии", "тоҷикӣ", "ӯзбекии", "ӯзбекӣ",
    };

    // An adjective of landscape after the kind word (French, Indonesian, Tajik and Persian order): "les districts montagneux de
    // Tavildara", "distrik pegunungan Tavildara", "ноҳияҳои кӯҳии Тавилдара", "ولسوالی‌های کوهستانی تویل‌دره" are the districts.
    private static readonly HashSet<string> LandscapeAdjectives = new(StringComparer.Ordinal)
    {
        "montagneux", "montagneuse", "montagneuses", "pegunungan", "кӯҳии", "кӯҳистонии", "کوهستانی", "کوهی",
    };

    // "Border" after a town's word (French, Indonesian, Tajik and Persian order): "la ville frontalière de Panj", "kota perbatasan
    // Panj", "шаҳраки сарҳадии Панҷ", "شهرک مرزی پنج" are the town, as "the border town of Panj" is. After a district's word it says
    // what the district borders ("son district frontalier de la Chine"), and the name after it is no district.
    private static readonly HashSet<string> BorderAdjectives = new(StringComparer.Ordinal)
    {
        "frontalière", "frontalier", "frontalières", "frontaliers", "perbatasan", "сарҳадии", "сарҳадӣ", "марзии", "مرزی",
    };

    // Pashto's adjective of landscape before a plural kind word after a list ("غرنیو ولسوالیو", "غرنۍ ولسوالۍ": mountain districts).
    private static readonly HashSet<string> PostposedLandscapeAdjectives = new(StringComparer.Ordinal) { "غرنیو", "غرنۍ" };

    // Words for the centre of a district, which news texts name by the district's name ("district centre", "уездный центр", "مرکز ولسوالی").
    private static readonly string[] CentreWords = ["centre", "center", "zentrum", "zentren", "pusat", "центр", "марказ", "مرکز", "مركز", "مرکزونه"];

    /// <summary>
    /// Whether a cue word after a list is plural ("Yawan and Kuf Ab districts", "районах", "ноҳияҳо",
    /// "ولسوالی‌ها", Pashto's oblique "ولسوالیو"), so that it names every item; a singular one ("Imam Sahib and Dasht-e Archi district")
    /// names only the last.
    /// </summary>
    public static bool IsPlural(string word)
    {
        var lower = word.ToLowerInvariant();
        return NameTokens.IsArabicScript(lower[0])
            ? lower.EndsWith("ها", StringComparison.Ordinal) || lower.EndsWith("های", StringComparison.Ordinal) || lower.EndsWith("ات", StringComparison.Ordinal) || lower is "اضلاع" or "نواحی" or "نواحي" or "ولسوالۍ" or "ولسوالیو" or "ولسوالو"
            : CyrillicStem.IsCyrillic(lower[0])
                ? lower.Contains("ҳо", StringComparison.Ordinal) || lower.EndsWith('ы') || lower.EndsWith("ов", StringComparison.Ordinal) || lower.EndsWith("ах", StringComparison.Ordinal) || lower.EndsWith("ами", StringComparison.Ordinal) || lower.EndsWith("ии", StringComparison.Ordinal)
                : lower.EndsWith('s') || lower.EndsWith("ke", StringComparison.Ordinal) || lower.EndsWith("zen", StringComparison.Ordinal) || lower.EndsWith("städte", StringComparison.Ordinal) || lower.EndsWith("dörfer", StringComparison.Ordinal);
    }

    /// <summary>The river a crossing verb or a preposition of rivers just before the mention implies ("crossed the Panj", "über den Pandsch", "am Pandsch"), or a crossing verb right after it in a verb-final language ("аз Панҷ гузаштанд"); else null.</summary>
    public static string? ByVerb(string text, List<Token> tokens, int first, int last)
    {
        if ((last + 1 < tokens.Count && Starts(WordCopies.Lower(text, tokens[last + 1]), CrossingVerbsAfter)) || CrossedFromLater(text, tokens, first, last))
        {
            return PlaceKinds.River;
        }

        var before = first - 1;
        if (before >= 1 && (Linkers.Contains(Word(text, tokens[before])) || Articles.Contains(Word(text, tokens[before]))))
        {
            before--;
        }

        var word = before >= 0 ? WordCopies.Lower(text, tokens[before]) : string.Empty;
        return before >= 0 && (Starts(word, CrossingVerbs) || RiverPrepositions.Contains(word) || CrossedFarBefore(text, tokens, first) || RiverArticles.Contains(Word(text, tokens[first - 1])))
            ? PlaceKinds.River : null;
    }

    // English, German and French put an article before a river's name but not before a town's ("watches the Panj", "am Südufer des
    // Pandsch", "surveille le Piandj"): after one, a name of a river and of towns is the river (a kind word after it still decides first).
    private static readonly HashSet<string> RiverArticles = new(StringComparer.OrdinalIgnoreCase) { "the", "den", "dem", "des", "le", "du", "au" };

    private const int MaxVerbDistance = 12;

    /// <summary>
    /// Whether the name, right after an article, is the object of a crossing verb earlier in its clause ("überquerten in der Nacht mehr
    /// als 300 Soldaten den Pandsch", "crossed with their weapons the Panj"): the words between hold no punctuation.
    /// </summary>
    private static bool CrossedFarBefore(string text, List<Token> tokens, int first)
    {
        if (first < 2 || !Articles.Contains(Word(text, tokens[first - 1])))
        {
            return false;
        }

        for (var at = first - 2; at >= 0 && first - at <= MaxVerbDistance && !HasClauseBreak(text, tokens[at].End, tokens[at + 1].Start); at--)
        {
            if (Starts(WordCopies.Lower(text, tokens[at]), CrossingVerbs))
            {
                return true;
            }
        }

        return false;
    }

    // Tajik and Persian "from" before what is crossed: "аз Панҷ ба ноҳияи Фархор гузаштанд" (crossed the Panj into the Farkhor district).
    private static readonly HashSet<string> FromWords = new(StringComparer.OrdinalIgnoreCase) { "аз", "از" };

    /// <summary>
    /// Whether the name, right after "from", is what a crossing verb later in its clause crosses, the destination standing between
    /// ("аз Панҷ ба ноҳияи Фархор гузаштанд"): the words between hold no punctuation.
    /// </summary>
    private static bool CrossedFromLater(string text, List<Token> tokens, int first, int last)
    {
        if (first < 1 || !FromWords.Contains(Word(text, tokens[first - 1])))
        {
            return false;
        }

        for (var at = last + 1; at < tokens.Count && at - last <= MaxVerbDistance && !HasClauseBreak(text, tokens[at - 1].End, tokens[at].Start); at++)
        {
            if (Starts(WordCopies.Lower(text, tokens[at]), CrossingVerbsAfter))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasClauseBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()–—\n،؛");

    /// <summary>
    /// Whether a word is itself only a kind word ("مدينة", "ومدينة", "город"): a generic word, never a
    /// place, even where a gazetteer lists it as one language's name of a place (Medina).
    /// </summary>
    public static bool IsGenericWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return AllWords.Contains(lower) || (NameTokens.IsArabicScript(word[0]) && WordForms.Of(word).Any(f => AllWords.Contains(f.Form)));
    }

    /// <summary>Whether a word names a border or army post ("checkpoint", "poste", "пост", "پاسگاه"): no kind of place, but a post.</summary>
    public static bool IsPostWord(string word) => IsPostWord(word.AsSpan());

    private static readonly HashSet<string> PostWordSet = new(PostWords, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostWordLookup = PostWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> PostWordOpenings = System.Buffers.SearchValues.Create(LettersLoweredTo(PostWords.Select(w => w[0])));

    // Every letter that lowers to one of these, so that whether a word may open as one is told without lowering it: lowering a
    // letter outside ASCII goes through ICU as a whole word's lowering does.
    private static string LettersLoweredTo(IEnumerable<char> lowered)
    {
        var targets = lowered.ToHashSet();
        var letters = new System.Text.StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!char.IsSurrogate(c) && targets.Contains(char.ToLowerInvariant(c)))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>Whether a word read in place, without a copy, is a word for a post (see <see cref="IsPostWord(string)"/>).</summary>
    public static bool IsPostWord(ReadOnlySpan<char> word)
    {
        // Most words around a name open as no post word does: they are not lowered.
        if (word.IsEmpty || !PostWordOpenings.Contains(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWordOnStack];
        return word.Length <= MaxWordOnStack ? PostWordLookup.Contains(lower[..word.ToLowerInvariant(lower)]) : PostWordSet.Contains(word.ToString().ToLowerInvariant());
    }

    private const int MaxWordOnStack = 64;

    private static readonly HashSet<string> AllWords = new(Admin1Words.Concat(TownWords).Concat(DistrictWords).Concat(RiverWords).Concat(PassWords).Concat(PostWords), StringComparer.Ordinal);

    /// <summary>
    /// The kind a cue word after the mention names ("Helmand province", "Ishkashim districts"); with <paramref name="offices"/> false, only
    /// a word for a kind of place counts, not a province's office ("police"), which says which place is meant but is no evidence of a name.
    /// </summary>
    /// <remarks>
    /// An apposition past a comma names one place ("Murghob, distriknya"); a plural kind word past a clause break starts the next clause
    /// ("приближаются к Файзабаду, уезды падают": approach Fayzabad, districts fall) and says nothing of the name.
    /// </remarks>
    public static string? After(string text, List<Token> tokens, int last, bool offices = true) =>
        CueWordAfter(text, tokens, last) is { } at && !(HasClauseBreak(text, tokens[last].End, tokens[at].Start) && IsPlural(Word(text, tokens[at])))
        && !OpensNextName(text, tokens, at) ? KindOf(Word(text, tokens[at]), offices) : null;

    /// <summary>
    /// Whether the town word at <paramref name="at"/> stands right before a name it governs ("Sungai Panj, kota Ishkashim", "Панҷ шаҳри
    /// афғонии Ишкошим"): it names the next place, not the one before it. Only a town word, read in Latin and Cyrillic script, where a
    /// capital letter shows the name: a district or province word after a name keeps it even before a capital ("the Qubodiyon and
    /// Shahritus districts of Khatlon", "в Ванчском районе ГБАО"), and Pashto and Urdu put a district word between a name and its village
    /// ("د خاش ولسوالۍ شهران کلی"), where it is the first name's.
    /// </summary>
    private static bool OpensNextName(string text, List<Token> tokens, int at)
    {
        if (IsPersianEzafePlural(text, tokens, at))
        {
            return true;
        }

        var next = at + 1;
        if (next < tokens.Count && PostposedCountryAdjectives.Contains(WordCopies.Lower(text, tokens[next])))
        {
            next++;
        }

        // Past a comma any kind word before a capitalised name is that name's: "Di Samangan, distrik Dara-i-Suf Payin dan Ruy Duab
        // jatuh" (in Samangan, the districts of …) names no district Samangan.
        var kind = KindOf(Word(text, tokens[at]), offices: false);
        var opens = kind == PlaceKinds.PopulatedPlace || (kind is not null && at > 0 && HasComma(text, tokens[at - 1].End, tokens[at].Start));
        return next < tokens.Count && opens && !NameTokens.IsArabicScript(text[tokens[next].Start])
            && char.IsUpper(text[tokens[next].Start]) && !IsCue(Word(text, tokens[next])) && OnlyWordsBetween(text, tokens[at].End, tokens[next].Start);
    }

    /// <summary>
    /// Whether a Persian kind word stands in the plural with its ezafe ("ولسوالی‌های", "ولسوالی های": the districts of), which joins it
    /// to the names after it: "در سمنگان ولسوالی‌های دره صوف پایین و روی دوآب سقوط کردند" names Samangan's districts, not a district
    /// Samangan. The plain plural ends in "ها"; only the ezafe's "های" is read, and only before a word of the clause.
    /// </summary>
    private static bool IsPersianEzafePlural(string text, List<Token> tokens, int at)
    {
        var word = Word(text, tokens[at]);
        var next = at + 1;
        if (next < tokens.Count && Word(text, tokens[next]) == PersianEzafePlural && OnlyWordsBetween(text, tokens[at].End, tokens[next].Start))
        {
            next++;
        }
        else if (!word.EndsWith(PersianEzafePlural, StringComparison.Ordinal))
        {
            return false;
        }

        return next < tokens.Count && NameTokens.IsArabicScript(word[0]) && KindOf(word, offices: false) is PlaceKinds.District or PlaceKinds.Admin1
            && !HasClauseBreak(text, tokens[next - 1].End, tokens[next].Start);
    }

    private const string PersianEzafePlural = "های";

    /// <summary>
    /// The kind a cue word after an unknown word names in its own clause: not past a comma, where an apposition may describe a name
    /// ("Murghob, distriknya") but the word after an unknown one belongs to the next clause ("تسلیم شول، ولسوال وویل": surrendered, the
    /// district governor said).
    /// </summary>
    public static string? AfterInClause(string text, List<Token> tokens, int last) =>
        last + 1 < tokens.Count && !HasClauseBreak(text, tokens[last].End, tokens[last + 1].Start) ? After(text, tokens, last, offices: false) : null;

    // Words that open an apposition saying what a place is: an indefinite article ("a town", "une bourgade", "eine Kleinstadt",
    // "sebuah kota", "یک", "یو", "ایک") or Arabic "وهي" and "وهو" (and it is: "جاه آب، وهي بلدة").
    private static readonly HashSet<string> AppositionOpeners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "une", "un", "eine", "ein", "sebuah", "وهي", "وهو", "هي", "هو", "یک", "یو", "ایک" };

    /// <summary>
    /// Whether an apposition right after the name, past a comma, says it is a town ("Chah Ab, a town a few kilometres from the Panj",
    /// "район Чахаба, городка …", "منطقه چاه آب، شهرکی …", "منطقة جاه آب، وهي بلدة"): the text says what the place is, which outweighs a
    /// word before the name that may mean an area as well as a district (Russian "район", Persian "منطقه", Arabic "منطقة"). A town word
    /// that opens the next name ("Sungai Panj, kota Ishkashim") is that name's, no apposition. A district word says it is the district
    /// when the possessive of the sentence's subject opens the apposition ("Tajikistan sent troops to Murghob, its district bordering
    /// China", "nach Murgab, seinen Bezirk an der Grenze", "à Mourgab, son district frontalier"); after an article or alone it may be an
    /// adjective ("Taloqan, a district official said"), and "its district centre" is the town.
    /// </summary>
    public static string? ApposedKind(string text, List<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || !HasComma(text, tokens[last].End, tokens[last + 1].Start))
        {
            return null;
        }

        var opener = Word(text, tokens[last + 1]);
        var possessive = PossessiveOpeners.Contains(opener);
        var at = possessive || AppositionOpeners.Contains(opener) ? last + 2 : last + 1;
        if (HasClauseBreak(text, tokens[last + 1].Start, tokens[at].Start) || OpensNextName(text, tokens, at))
        {
            return null;
        }

        return KindOf(Word(text, tokens[at]), offices: false) switch
        {
            PlaceKinds.PopulatedPlace => PlaceKinds.PopulatedPlace,
            PlaceKinds.District when possessive && !(at + 1 < tokens.Count && IsCentreWord(Word(text, tokens[at + 1]))) => PlaceKinds.District,
            _ => null,
        };
    }

    // The possessive of the subject that opens an apposition: "its", "seinen", "son" (its district).
    private static readonly HashSet<string> PossessiveOpeners = new(StringComparer.OrdinalIgnoreCase) { "its", "seinen", "seinem", "sein", "son", "sa" };

    private static bool IsCentreWord(string word) => CentreWords.Any(c => word.StartsWith(c, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the word at <paramref name="at"/>, after the name ending at <paramref name="last"/>, is a district or province word
    /// that is not the name's own (see <see cref="After"/>): it belongs to a name after it ("بغلان میں ضلع دہ صلاح پر قابض", in
    /// Baghlan, holding the Deh Salah district), and so does what the clause says after it.
    /// </summary>
    public static bool IsNextNamesKindWord(string text, List<Token> tokens, int last, int at) =>
        at > last && KindOf(Word(text, tokens[at]), offices: false) is PlaceKinds.District or PlaceKinds.Admin1 && CueWordAfter(text, tokens, last) != at;

    /// <summary>Whether the word after the mention is a plural cue word (see <see cref="IsPlural"/>).</summary>
    public static bool AfterIsPlural(string text, List<Token> tokens, int last) => CueWordAfter(text, tokens, last) is { } at && IsPlural(Word(text, tokens[at]));

    // Where the kind word after a mention stands: right after it, or in Pashto and Urdu past a postposition. Pashto wraps the kind word
    // in "په … کې" ("د مرغاب په ولسوالۍ کې", in the district of Murghab); a list ends with a plural kind word after "له" or "کے" ("د خانقاه
    // او اقچې له ولسوالیو", "خانقاہ اور آقچہ کے اضلاع", from the districts of Khanaqah and Aqcha), or after a Pashto adjective of
    // landscape ("د تویلدره او رشت غرنیو ولسوالیو", of the mountain districts of Tavildara and Rasht), where a single name before it owns
    // the districts ("بدخشان کے اضلاع", Badakhshan's districts), so only a list's last item reads it.
    private static int? CueWordAfter(string text, List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count)
        {
            return null;
        }

        var word = Word(text, tokens[last + 1]);
        if (last + 2 >= tokens.Count || KindOf(word) is not null)
        {
            return last + 1;
        }

        if (IsHyphenEzafe(text, tokens[last + 1]) && KindOf(Word(text, tokens[last + 2])) is not null)
        {
            // Tajik joins a name to the kind word of what it belongs to with the ezafe ("Рустоқ-и вилояти Тахор", Rustaq of Takhar province).
            return last + 2;
        }

        var cue = Word(text, tokens[last + 2]);
        var wrapped = word == "په" && last + 3 < tokens.Count && Word(text, tokens[last + 3]) == "کې";
        var listEnd = (word is "له" or "کے" || PostposedLandscapeAdjectives.Contains(word)) && IsPlural(cue) && last >= 2 && (Joiners.Contains(Word(text, tokens[last - 1])) || Joiners.Contains(Word(text, tokens[last - 2])));
        return (wrapped || listEnd || FromOne(word, cue)) && KindOf(cue) is not null ? last + 2 : last + 1;
    }

    // Pashto "د صیاد له ولسوالۍ" (from the district of Sayyad), "د پل حصار پر ولسوالۍ" (over the Pul-e Hisar district): after the
    // prepositions "له", "پر" and "تر" the kind word's singular stands in its oblique case, which for "ولسوالۍ" is also the plain plural's
    // spelling; the plural after them is "ولسوالیو". So a single name owns it, as "په … کې" does.
    private static bool FromOne(string word, string cue) => word is "له" or "پر" or "تر" && PashtoObliqueSingulars.Contains(cue);

    /// <summary>
    /// The kind a plural kind word names for the list the name opens, when its later items are words the gazetteer does not know
    /// ("د بغلان ولایت نهرین او برکه ولسوالۍ ونیولې", Nahrin and Burka districts, Burka spelt otherwise): "and", up to a few plain words, then
    /// the plural kind word, all in one clause. A list of found names shares its plural cue word without this (see <see cref="IsPlural"/>).
    /// </summary>
    public static string? ListEndCue(string text, List<Token> tokens, int last)
    {
        var and = last + 1;
        if (and + 1 >= tokens.Count || !Joiners.Contains(Word(text, tokens[and])) || !OnlySpaceBetween(text, tokens[last].End, tokens[and].Start))
        {
            return null;
        }

        for (var at = and + 1; at < tokens.Count && at - and <= MaxItemWords && OnlySpaceBetween(text, tokens[at - 1].End, tokens[at].Start); at++)
        {
            var word = Word(text, tokens[at]);
            if (KindOf(word, offices: false) is { } kind)
            {
                return at > and + 1 && IsPlural(word) ? kind : null;
            }

            if (Joiners.Contains(word) || Linkers.Contains(word) || Articles.Contains(word) || IsLowerCase(word[0]))
            {
                return null;
            }
        }

        return null;
    }

    // An item of a list is a name, and a script with capitals writes names with one: a lower-case word between "and" and the kind
    // word is a preposition or a verb of the clause ("Бои идут у Кандагара и в провинции Гильменд": the province is Helmand's, not
    // a list's). Arabic script has no capitals, so its unknown items pass.
    private static bool IsLowerCase(char first) => char.IsLower(first);

    private static readonly HashSet<string> PashtoObliqueSingulars = new(StringComparer.Ordinal) { "ولسوالۍ", "ولایت", "ولایته", "ښار", "ښاره" };

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

    // Titles of an administrative unit that some Persian names of districts start with (علاقه‌داری: a sub-district; ولسوالی: a district),
    // of a district's seat of government that names of its centre start with ("مرکز حکومتی درویشان", "حکومتی ناد علی": the seat of
    // Darweshan, of Nad Ali) and of a shrine that names of its village start with ("زیارت شاه مقصود"). Longest first: "مرکز حکومتی"
    // before "حکومتی", which stands in it second.
    private static readonly string[] DistrictTitles =
        ["علاقه داری", "علاقهداری", "علاقه‌داری", "علاقهدارئ", "علاقه دارئ", "ولسوالی", "ولسوالۍ", "مرکز حکومتی", "مرکز حکومت", "حکومتی", "حكومتی", "حکومت", "حكومت", "زیارت", "زيارت"];

    /// <summary>
    /// A name without the title in front of it ("علاقه داری کران و منجان" → "کران و منجان", "مرکزِ حکومتِ درويشان" → "درويشان"), or
    /// null when it has none. Short-vowel and hamza marks the gazetteer writes on a title ("حكومتٔ", "زيارتٔ") are no part of it.
    /// </summary>
    public static string? WithoutTitle(string name)
    {
        var plain = Extraction.NonSpacingMarks.Without(name);
        var title = DistrictTitles.FirstOrDefault(t => plain.StartsWith(t + " ", StringComparison.Ordinal));
        return title is null ? null : plain[(title.Length + 1)..].Trim();
    }

    /// <summary>
    /// The kind named by the kind word a gazetteer name is written with, first or last ("دریای پنج": river; "ولاية قندوز": province;
    /// "Kala Shahrak": town, as "shahrak" is a township), as <see cref="Gazetteer"/> drops it for the name's bare key; null without one.
    /// </summary>
    public static string? OfWrittenKindWord(string name)
    {
        var words = NameTokens.Split(name);
        // Copied, not through WordCopies, whose words are the text's being read.
        return words.Count < 2 ? null : KindOf(name.Substring(words[0].Start, words[0].Length)) ?? KindOf(name.Substring(words[^1].Start, words[^1].Length));
    }

    /// <summary>Whether a word names a kind of place ("provinsi", "city", "области").</summary>
    public static bool IsCue(string word) => KindOf(word) is not null;

    /// <summary>The kind a word names ("provinsi": admin1, "village": populated place), or null.</summary>
    public static string? KindOf(string word) => KindOf(word, offices: true);

    // Words already read, with the kind they name: every word of a text is tried as a cue, often several times, and a text repeats
    // its words. Bounded: emptied when full, so that it never grows with the texts read.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, bool Offices), string?> Read = new();

    private const int MaxRead = 50_000;

    private static string? KindOf(string word, bool offices)
    {
        if (Read.TryGetValue((word, offices), out var known))
        {
            return known;
        }

        if (Read.Count >= MaxRead)
        {
            Read.Clear();
        }

        return Read[(word, offices)] = ReadKind(word, offices);
    }

    private static string? ReadKind(string word, bool offices)
    {
        var lower = word.ToLowerInvariant();
        // "the provincial capital, Kunduz", "die Provinzhauptstadt Kundus", "صوبائی دارالحکومت قندوز": a capital is a town, though it says "province".
        return (lower.Contains("hauptstadt", StringComparison.Ordinal) || lower is "capital" or "دارالحکومت") ? PlaceKinds.PopulatedPlace
            : Starts(lower, Admin1Words) || (offices && Starts(lower, ProvinceOfficeWords)) || IsGermanCompoundOf(lower, "provinz") ? PlaceKinds.Admin1
            : Starts(lower, TownWords) || IsGermanCompoundOf(lower, "stadt") || IsGermanPlaceCompound(lower) ? PlaceKinds.PopulatedPlace
            : Starts(lower, DistrictWords) || IsGermanCompoundOf(lower, "bezirk") ? PlaceKinds.District
            : Starts(lower, RiverWords) ? PlaceKinds.River
            : Starts(lower, PassWords) ? PlaceKinds.Pass
            : BankWords.Contains(lower) ? PlaceKinds.River
            : WithoutArabicClitic(lower) is { } noun ? ReadKind(noun, offices)
            : null;
    }

    // Arabic writes a preposition or "and" onto its noun ("قرب بل خمري بولاية بغلان", near Pul-e Khumri in Baghlan province;
    // "ومديرية"): its own kind words are read without it. Only Arabic's: Persian "برود" (he should go) is no river.
    private static readonly string[] ArabicKindWords = ["ولاية", "ولايه", "مديري", "مقاطع", "منطق", "مدينة", "قرية", "بلدة", "نهر", "ممر"];

    private static string? WithoutArabicClitic(string lower) =>
        lower.Length > 4 && lower[0] is 'و' or 'ب' or 'ل' or 'ف' && Starts(lower[1..], ArabicKindWords) ? lower[1..] : null;

    // German joins a kind word onto the word before it ("Nachbarprovinz", "Grenzbezirke", "Kleinstadt"): the compound names that kind, too.
    // "der Grenzort", "des Grenzdorfes": a border town or village. Only after "Grenz-": "Ort" ends too many other words ("Export", "support").
    private static bool IsGermanPlaceCompound(string lower) =>
        lower.StartsWith("grenz", StringComparison.Ordinal) && (IsGermanCompoundOf(lower, "ort") || IsGermanCompoundOf(lower, "dorf"));

    private static bool IsGermanCompoundOf(string lower, string head) =>
        lower.Length > head.Length + 2 && lower.IndexOf(head, 3, StringComparison.Ordinal) is > 0 and var at && lower.Length - at - head.Length <= 2;

    // A cue of three letters or fewer ("ort", "col") must be the whole word: as a prefix it would start names ("Ortona", "Colombo").
    private static bool Starts(string lower, string[] words)
    {
        // A loop, not a closure: every word around every name is read against several lists.
        foreach (var w in words)
        {
            if (lower == w || (w.Length > 3 && lower.StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(string text, Token token) => WordCopies.Of(text, token);
}
