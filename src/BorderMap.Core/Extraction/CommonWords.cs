using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Stop lists: words that name places in some language but are everyday words, names of groups or
/// news agencies in the language of a text, such as the Pakistani town Tank in Indonesian "Tank dan
/// helikopter", English "Central" (GeoNames' name of Iran's Markazi province) or "Taliban", one
/// letter off Taloqan. A word on the list of the text's language is no place, whatever it names;
/// when the language is not known, a word on any list is no place unless it names a country, a
/// province or a capital. Words on the shared list (groups, agencies) are never places. Each list
/// grew from a false positive in a text of its language; entries are folded like gazetteer keys.
/// </summary>
public static class CommonWords
{
    private static readonly string[] Shared =
    [
        "Taliban", "Talib", "Talibs", "Талибан", "Толибон", "талибы", "طالبان", "طالبانو", "ISIS", "Daesh", "داعش", "Reuters", "Interfax", "Sputnik", "Ozodi", "Pajhwok",
    ];

    private static readonly Dictionary<string, string[]> ByLanguage = new(StringComparer.Ordinal)
    {
        // "Lima" is five ("Lima puluh tiga", fifty-three), which starts a count at the head of a sentence.
        // "Warga" (residents) opens a sentence and is one letter off Qargha (Laghman).
        ["id"] = ["Tank", "Kota", "Pusat", "Tengah", "Lima", "Warga"],
        ["en"] = ["Central", "Tank", "Said", "Post", "General", "Reading", "Bar", "Mary", "Deal", "Kill", "Read", "Photo", "Date"],
        // Everyday nouns of a photo caption fold onto small towns far away: "trägt Wasser" (carries water) onto Waser in Helmand.
        // Words of the landscape are nouns too: "im Tal von Andarab" (in the Andarab valley) is no Tal in Khyber Pakhtunkhwa.
        ["de"] = ["Ende", "Mehr", "Rund", "Tank", "Zentral", "Lesen", "Foto", "Bild", "Wasser", "Tal", "Tals", "Täler"],
        ["fr"] = ["Plus", "Tout", "Central", "Centre", "Lire", "Photo", "Tank"],
        // "Бои" (fighting) at the start of a sentence reads as the Tajik spelling of Bai (Sar-e Pol).
        ["ru"] = ["Центральный", "Танк", "Фото", "Читайте", "Бои"],
        // "Хеле" (very, "Хеле бештар аз", well over) opens a sentence and folds onto a spelling of Chile; "Волӣ", "Волии" (the
        // governor, "Волии Фарёб") is the Tajik spelling of Anguilla's capital, The Valley ("Валли").
        // "Хоҷа" (a title, master) starts and ends names the gazetteer may not hold whole ("Хоҷа Дукӯҳ", "Арт Хоҷа"); alone it spells
        // Khazha in Nangarhar.
        ["tg"] = ["Марказ", "Марказӣ", "Сурат", "Хонед", "Хеле", "Волӣ", "Волии", "Хоҷа"],
        // "شام" is the evening (and supper) in Persian and Urdu, and Syria only in Arabic; ordinals stand before the noun ("آخرین ولسوالی").
        // "میدان" (a square, a field: "میدان تیر", a firing range) spells Medan in Indonesia in Persian, Pashto, Urdu and Arabic alike.
        // Words of quantity and determiners ("چند کیلومتری", a few kilometres; "دیگر", other) are as short as names and fold onto them.
        ["fa"] = ["مرکزی", "مرکز", "عکس", "شام", "آخرین", "اولین", "نخستین", "میدان", "چند", "چندین", "دیگر"],
        // Pashto "سره" (with) and "پوله" (border) stand together in "له … سره پوله لري" (borders on …), whose consonants spell Sar-e Pul.
        // "نور", "نورو", "نورې" (other: "نورو کلیو", other villages) and "څو" (a few) are quantity words, as in Persian.
        // "کورنۍ", "کورنیو" (families) have the consonants of Karavan (Kyrgyzstan).
        // "اوبه", "اوبو" (water: "خیمې ته اوبه وړي", carries water to a tent) is the Persian name of Obeh (Herat).
        ["ps"] = ["مرکزي", "مرکز", "انځور", "سره", "پوله", "میدان", "نور", "نورو", "نورې", "څو", "کورنۍ", "کورنیو", "اوبه", "اوبو"],
        // Arabic prepositions and adverbs as short as names ("بين", between, folds onto a spelling of Benin); "شوارع" (streets) spells Sher;
        // "قتال" (fighting: "دون قتال", without a fight) has the consonants of Ýagtyýol in Turkmenistan.
        // "مركزي" is central, and the two centres in a construct ("مركزي المديريتين", the two districts' centres): Iran's Markazi.
        // "سكان" (inhabitants, "من سكان مديرية خواهان", of the Khwahan district's inhabitants) has the consonants of Sayghan (Bamyan).
        ["ar"] = ["المركزية", "مركز", "مركزي", "صورة", "بين", "بعد", "قبل", "عند", "ضد", "منذ", "حتى", "مع", "عبر", "نحو", "شوارع", "ميدان", "قتال", "سكان"],
        // Urdu کہنا (to say) in "کہا گیا", "کہی گئی", "کہے": the letters of Kahi (Nangarhar); چلنا (to go) in "چلی گئیں" (went) spells Chile.
        // "درمیان" (between) has the consonants of "Daera Maymana" (Maymana district).
        ["ur"] = ["مرکزی", "مرکز", "تصویر", "شام", "کہا", "کہی", "کہے", "میدان", "چلی", "چند", "دیگر", "درمیان"],
    };

    private static readonly HashSet<string> SharedKeys = [.. Shared.Select(NameTokens.Key)];

    private static readonly Dictionary<string, HashSet<string>> KeysByLanguage =
        ByLanguage.ToDictionary(l => l.Key, l => l.Value.Select(NameTokens.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Whether the folded word <paramref name="key"/> is no place in a text of <paramref name="language"/> (null: unknown).</summary>
    /// <summary>
    /// Whether a word is a weekday by the words around it: Persian and Pashto call Monday "دوشنبه", as the capital is called, and a
    /// day is written "روز دوشنبه" (the day Monday), "شب دوشنبه" (Monday night) or "د دوشنبې په ورځ" (on Monday's day); Arabic writes
    /// "يوم الخميس" (the day Thursday) and "ليل الخميس" (Thursday night), and a weekday's letters fold onto names too. A time of day
    /// tells a weekday as well: "پیش از سپیده‌دم دوشنبه" (before Monday's dawn), "صبح دوشنبه", "د دوشنبې له سهاره" (from Monday morning).
    /// Pashto's "په ورځ" (on the day) has its weekday before it, so the word after it is the sentence's next ("د پنجشنبې په ورځ درایم …
    /// ونیول": on Thursday, Darayim … were taken).
    /// </summary>
    public static bool IsWeekday(string text, List<Token> tokens, int word) =>
        NameTokens.IsArabicScript(text[tokens[word].Start])
        && ((word > 0 && DayWords.Contains(text.Substring(tokens[word - 1].Start, tokens[word - 1].Length)) && text.AsSpan(tokens[word - 1].End, tokens[word].Start - tokens[word - 1].End).IsWhiteSpace()
                && !EndsPashtoOnTheDay(text, tokens, word - 1))
            || (word + 2 < tokens.Count && text.Substring(tokens[word + 1].Start, tokens[word + 1].Length) is "په" or "له" && text.Substring(tokens[word + 2].Start, tokens[word + 2].Length) is var day && (DayWords.Contains(day) || day == PashtoNight)));

    // Pashto "شپه" (night) after "په" ("د دوشنبې په شپه", on Monday night); not before a word, as "د شپې کندز ته" is "to Kunduz at night".
    private const string PashtoNight = "شپه";

    // Pashto "ورځ" (day) after "په" (on): "د دوشنبې په ورځ", on Monday's day.
    private static bool EndsPashtoOnTheDay(string text, List<Token> tokens, int day) =>
        day > 0 && text.Substring(tokens[day].Start, tokens[day].Length) is "ورځ" or "ورځې" && text.Substring(tokens[day - 1].Start, tokens[day - 1].Length) == "په";

    /// <summary>
    /// Whether a German word follows an indefinite article ("in einer Schule", in a school, whose letters fold onto Shule): German
    /// capitalises every noun, and a place's own name takes no "ein".
    /// </summary>
    public static bool FollowsGermanIndefiniteArticle(string text, List<Token> tokens, int word, string? language) =>
        language == "de" && word > 0 && GermanIndefiniteArticles.Contains(text.Substring(tokens[word - 1].Start, tokens[word - 1].Length));

    /// <summary>
    /// Whether a word stands in a photo credit after the agency and its slash ("(Newswire/Sayed Najib Hashimi)", "(خبرگزاری/سید نجیب
    /// هاشمی)"): what follows the slash up to the closing bracket is the photographer's name, whatever place its words spell.
    /// </summary>
    public static bool InPhotoCredit(string text, int start)
    {
        var line = text.AsSpan(0, start);
        var open = line.LastIndexOfAny(CreditBrackets);
        if (open < 0 || line[open] != '(' || start - open > MaxCreditLength || line[open..].IndexOfAny(LineEnds) >= 0)
        {
            return false;
        }

        var rest = text.AsSpan(start);
        var close = rest.IndexOfAny(CreditBrackets);
        return line[open..].Contains('/') && close >= 0 && rest[close] == ')' && rest[..close].IndexOfAny(LineEnds) < 0;
    }

    private const int MaxCreditLength = 80;

    private static readonly System.Buffers.SearchValues<char> CreditBrackets = System.Buffers.SearchValues.Create("()");

    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\n");

    private static readonly HashSet<string> GermanIndefiniteArticles = new(StringComparer.OrdinalIgnoreCase) { "ein", "eine", "einer", "einem", "einen", "eines" };

    // Days, nights and times of day, right before the word (a byline's "نجیب سحر، شبرغان" is a name, then a place); Persian "سپیده‌دم"
    // (dawn) ends in "دم" once the non-joiner splits it.
    private static readonly HashSet<string> DayWords = new(StringComparer.Ordinal)
    {
        "روز", "شب", "ورځ", "ورځې", "یوم", "يوم", "ليل", "ليلة", "مساء", "صباح", "صبح", "بامداد", "عصر", "ظهر", "سپیده‌دم", "دم", "سهار", "سهاره", "ماښام", "ماښامه", "غرمه",
    };

    /// <summary>
    /// Whether a word stands where its grammar puts a common word, and all it names is a small place away from the border area, which
    /// the sources name only with a cue: an Arabic noun with the article ("أمام المقر", before the headquarters), which names of the
    /// region are written without, or in a construct, right before a noun with the article and after no kind word ("في باحة مقر
    /// الوالي", in the courtyard of the governor's headquarters: مقر spells Muqur in Ghazni), or an Urdu verb ending in ے
    /// after a postposition at the end of its clause ("پل سے گزرے،", crossed the bridge: گزرے spells Gozareh in Herat). A name of the
    /// region or a larger town keeps its adjective ("قندوز الأفغانية") and its place at a clause's end. In Pashto, a word right before
    /// a light verb ("خوشې کړل", set free; "ګوښه شول") is the first half of a compound verb: "خوشې" spells Khushi in Logar.
    /// </summary>
    public static bool InCommonWordSlot(string text, List<Token> tokens, int word, string? language, List<NameMatch> matches)
    {
        if (language is not ("ar" or "ur" or "ps") || !matches.TrueForAll(m => PlacePrior.Of(m.Name.Place) < SmallPlacePrior && !PlacePrior.InBorderArea(m.Name.Place)))
        {
            return false;
        }

        var next = word + 1 < tokens.Count ? text.AsSpan(tokens[word].End, tokens[word + 1].Start - tokens[word].End) : text.AsSpan(tokens[word].End);
        var before = word > 0 ? text.Substring(tokens[word - 1].Start, tokens[word - 1].Length) : string.Empty;
        return language switch
        {
            "ar" => (tokens[word].Length > ArticleAndStem && text.AsSpan(tokens[word].Start).StartsWith(Article, StringComparison.Ordinal))
                || (word + 1 < tokens.Count && next.IsWhiteSpace() && text.AsSpan(tokens[word + 1].Start).StartsWith(Article, StringComparison.Ordinal) && !KindCues.IsCue(before)),
            "ur" => text[tokens[word].End - 1] == 'ے' && UrduPostpositions.Contains(before) && next.TrimStart().IndexOfAny(ClauseEnds) == 0,
            _ => word + 1 < tokens.Count && next.IsWhiteSpace() && PashtoLightVerbs.Contains(text.Substring(tokens[word + 1].Start, tokens[word + 1].Length)),
        };
    }

    // The forms of Pashto's light verbs "کول" (to make) and "کېدل" / "شول" (to become), which make verbs of the word before them.
    private static readonly HashSet<string> PashtoLightVerbs = new(StringComparer.Ordinal)
    {
        "کړل", "کړ", "کړه", "کړې", "کړی", "کړي", "کړو", "کوي", "کول", "کوو", "کړئ", "شول", "شو", "شوه", "شوې", "شوي", "شي", "کېږي", "کیږي", "کېدل",
    };

    // A town of 100,000 people in Afghanistan or Tajikistan has a prior of 0.6 (PlacePrior); districts and villages stay below it.
    private const double SmallPlacePrior = 0.6;

    private const string Article = "ال";

    // The article and a stem of two letters: a longer word starting with "ال" carries the article.
    private const int ArticleAndStem = 4;

    private static readonly HashSet<string> UrduPostpositions = new(StringComparer.Ordinal) { "سے", "میں", "کو", "پر", "تک", "نے" };

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("،۔,.");

    // Arabic writes a possessive pronoun onto its noun ("مركزها", its centre; "مركزهم", theirs): the noun is still a common word.
    private static string WithoutPronoun(string key) =>
        key.Length > 5 && NameTokens.IsArabicScript(key[0]) && (key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal)) ? key[..^2] : key;

    public static bool Blocks(string key, string? language, bool namesImportantPlace)
    {
        if (SharedKeys.Contains(key))
        {
            return true;
        }

        return language is not null && KeysByLanguage.TryGetValue(language, out var keys)
            ? keys.Contains(key) || keys.Contains(WithoutPronoun(key))
            : !namesImportantPlace && KeysByLanguage.Values.Any(k => k.Contains(key));
    }
}
