namespace BorderMap.Core.Extraction;

/// <summary>The cues of one category in a sentence: their weight, the cue to show for them and where the first cue stands (null when no cue word is).</summary>
internal readonly record struct Evidence(int Weight, string? Cue, int? At = null)
{
    public static Evidence operator +(Evidence a, Evidence b) => new(a.Weight + b.Weight, a.Cue ?? b.Cue, a.At is { } at && b.At is { } other ? Math.Min(at, other) : a.At ?? b.At);
}

/// <summary>
/// Who moves in a sentence, for <see cref="CategoryCues"/>: fighters who enter a district take it (territorial control), soldiers who
/// enter a country move (troop movement), troops sent somewhere are there (military presence); refugees counted make a sentence about
/// refugees, reservists counted one about mobilisation.
/// </summary>
internal static class MoverCues
{
    // The insurgents of these reports, in every language: the Taliban and "fighters", "militants", "insurgents".
    private static readonly string[] Insurgents =
    [
        "taliban", "талиб", "толиб", "طالب", "fighters", "militants", "insurgent", "kämpfer", "aufständisch", "combattant", "insurgé", "pejuang", "militan",
        "боевик", "ҷангиён", "ҷангҷӯ", "جنگجو", "جنګیال", "مقاتل", "المسلحون", "المسلحين", "مسلحو",
    ];

    // Insurgents seen somewhere are there: "fighters had been seen in the Wakhan as far as the pass" tells how far they hold.
    private static readonly string[] Seen = ["been seen", "were seen", "gesehen", "été vus", "terlihat", "видели", "شوهدوا", "دیده شده", "дидаанд", "لیدل شوي", "دیکھے گئے",
        // Insurgents who watch over a stretch control it (Tajik "назорат мекунанд"); guards who do only guard it.
        "назорат"];

    // People gathered at a border or a crossing, when no soldiers are named: "villagers gathered on the far bank", "تجمع مئات القرويين".
    private static readonly string[] Gathered =
        ["gathered", "versammelt", "rassemblé", "massés", "berkumpul", "собрались", "ҷамъ омад", "جمع شد", "گرد آمد", "تجمع", "راټول", "جمع ہو", "جمع ہوئے"];

    // A state's forces sent or moved somewhere, whatever the verb ("sent", "moved", "verlegte", "перебросил", "فرستاد", "نقلت"): they stand
    // there now, a military presence. Translations do not keep "sent" and "moved" apart, so neither does the category.
    private static readonly string[] Sent =
    [
        "sent ", "moved ", "dispatched", "transferred", "schickte", "geschickt", "verlegt", "entsandt", "a envoyé", "ont envoyé", "acheminé",
        "a dépêché", "a transféré", "mengirim", "dikirim", "memindahkan", "направил", "направлен", "перебросил", "переброшен", "отправил", "фиристод", "интиқол",
        "فرستاد", "منتقل", "اعزام", "ولېږل", "لېږل", "ولېږدول", "واستول", "أرسل", "ارسل", "نقلت", "ونقل", "بھیج",
        // Moved, in the perfect: Pashto "لېږدولي دي", Tajik "кӯчонд", "кӯчонид" (moved over); French "a déplacé des chars" (moved; the
        // people displaced, "déplacés", are refugees).
        "لېږدول", "кӯчонд", "кӯчонид", "a déplacé", "ont déplacé", "avait déplacé",
        // Flown in: "were flown to", "eingeflogen", "diterbangkan", "طیارے کے ذریعے … پہنچایا" (brought).
        "flown", "airlifted", "geflogen", "eingeflogen", "diterbangkan", "پہنچای",
        // Put in place: "ҷойгир кард", "ځای پر ځای کړل" (families housed are no troops).
        "ҷойгир кард", "ځای پر ځای",
    ];

    // Armour sent is troops sent: "armoured vehicles", "Panzerfahrzeuge", "бронетехнику", "مدرعات".
    private static readonly string[] Armour =
        ["armoured", "armored", "tank", "panzer", "blindés", " chars", "lapis baja", "бронетехник", "танк", "зиреҳпӯш", "زرهی", "تانک", "زغرې", "ټانک", "مدرعات", "دبابات",
            "بکتر بند", "ٹینک"];

    /// <summary>A state's troops or armour sent or moved somewhere: military presence, when soldiers or armour are named (families sent are not).</summary>
    public static Evidence TroopsSent(string lower, string? language) =>
        Sent.FirstOrDefault(c => StartsWord(lower, c)) is { } cue && (NamesSoldiers(lower, language) || Found(Armour, lower) is not null) ? new Evidence(1, cue) : default;

    /// <summary>
    /// The sending cue of a sentence about reservists a state sent somewhere with armour, when no call-up word says they were called up:
    /// a force of reservists and tanks stands there now, a military presence ("has sent 1,200 reservists and a tank company to the
    /// district", "направил до 1200 резервистов и танковую роту"), as reservists who arrive somewhere are (<see cref="ArrivalCues"/>).
    /// Reservists alone sent to the border are their call-up ("20,000 reservists were moved to the border"), and so are reservists
    /// "called up and sent".
    /// </summary>
    public static string? SentNotCallUp(string lower, string? language) =>
        DrillCues.SaysCalledUp(lower) || Found(Armour, lower) is null ? null : TroopsSent(lower, language).Cue;

    // A cue at the start of a word ("sent", not "present"), or after Arabic "and" written onto it ("وأرسلت").
    private static bool StartsWord(string lower, string cue)
    {
        for (var at = lower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(lower[at - 1]) || (lower[at - 1] == 'و' && (at == 1 || !char.IsLetter(lower[at - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What entering a place means here: territorial control when insurgents are named and no soldiers, else a troop movement.</summary>
    public static string EntryMeans(string lower, string? language) => InsurgentsAlone(lower, language) ? "territorial-control" : "troop-movement";

    /// <summary>Insurgents seen somewhere: territorial control, when they are named and no soldiers.</summary>
    public static Evidence InsurgentsSeen(string lower, string? language) => Found(Seen, lower) is { } cue && InsurgentsAlone(lower, language) ? new Evidence(1, cue) : default;

    /// <summary>People gathered: refugees, when no soldiers are named.</summary>
    public static Evidence PeopleGathered(string lower, string? language) => Found(Gathered, lower) is { } cue && !NamesSoldiers(lower, language) ? new Evidence(1, cue) : default;

    private static string? Found(string[] cues, string lower) => CueSearch.FirstIn(lower, cues);

    private static bool InsurgentsAlone(string lower, string? language) => NamesInsurgents(lower) && !NamesSoldiers(lower, language);

    /// <summary>Whether a sentence (lower case) names insurgents: the Taliban, fighters, militants.</summary>
    public static bool NamesInsurgents(string lower) => CueSearch.ContainsAny(lower, Insurgents);

    private static readonly char[] WordBreaks = [' ', '\u00A0', ',', '.', '،', '\u200C', '-'];

    private static bool NamesSoldiers(string lower, string? language) =>
        lower.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Any(w => NumberWords.Unit(w, language) is "soldiers" or "reservists");

    // Leaving a place: "who abandoned", "left the", "aufgegeben", "verließen", "meninggalkan", "оставивших", "тарк карданд", "رها کرده", "تركوا",
    // "غادرت", "چھوڑنے".
    private static readonly string[] Left =
    [
        "abandon", "left the", "have left", "has left", "had left", "aufgegeben", "verlassen", "verließ", "meninggalkan", "оставивш", "оставил", "покинувш", "покинул", "тарк кард", "رها کرد", "ترک کرد",
        "تركوا", "ترکوا", "غادر", "چھوڑ", "پرېښ", "quitté",
    ];

    // People who went elsewhere, besides leaving: Urdu "رستاق چلے گئے" (went to Rustaq), Pashto "ولاړل", Persian and Tajik "رفتند", "рафтанд",
    // "headed for", "menuju", "متجهة", "in Richtung".
    private static readonly string[] WentAway = ["چلے گئے", "ولاړل", "ولاړې", "رفتند", "рафтанд", "headed for", "headed to", "menuju", "متجه", "in richtung", "partis pour"];

    // Carried across a river by others ("Boats ferried 160 families", "ont fait traverser le Piandj à 160 familles", "۱۶۰ خانواده را … عبور
    // دادند", "کورنۍ … د سیند پورې وېستې", "160 أسرة عبر نهر بانج"); Tajik "гузаронидан" (to take across) also holds a meeting or a drill, and
    // takes people across only beside a river ("аз дарёи Панҷ гузарониданд").
    private static readonly (string Verb, string Beside)[] FerriedAcross =
    [
        ("ferried", ""), ("ferrying", ""), ("fait traverser", ""), ("faire traverser", ""), ("faisant traverser", ""), ("عبور داد", ""),
        ("پورې وېست", ""), ("پورې ویست", ""), ("پورې ووېست", ""), ("پورې وویست", ""), ("عبر النهر", ""), ("عبر نهر", ""), ("гузаронид", "дарё"),
        // Carried, brought or taken over the river on rafts or boats ("Rafts carried 90 families across the river", "brachten … über den Fluss",
        // "دریا کے پار اتارا", "ont transporté … d'une rive à l'autre").
        ("carried", "across the river"), ("brought", "across the river"), ("took", "across the river"), ("transported", "across the river"),
        ("brachten", "über den fluss"), ("gebracht", "über den fluss"), ("transportiert", "über den fluss"), ("پار اتار", ""), ("پار لے گئ", ""),
        ("transporté", "d'une rive à l'autre"), ("transporté", "de l'autre côté du fleuve"), ("transporté", "de l'autre côté de la rivière"),
    ];

    // Boats and rafts, which carry people from one bank to the other ("Boats took 60 families from the Afghan bank", "Лодки перевезли",
    // "Қаиқҳо … бурданд", "قایق‌ها … بردند", "کښتیو … یوړې", "نقلت قوارب", "Des barques ont emmené", "Perahu-perahu mengangkut").
    private static readonly string[] Boats =
        ["boat", "boote", "flöße", "лодк", "қаиқ", "заврақ", "قایق", "کښتی", "کښتۍ", "قارب", "قوارب", "زورق", "کشتی", "barque", "bateau", "radeau", "canot", "perahu"];

    // What boats do to the people they carry: take, carry, bring, fetch, deliver or transport them ("Kleine Boote holten", "Лодки доставили",
    // "Заврақҳо … оварданд", "قایق‌ها … آوردند", "کښتیو … راوړې", "حملت قوارب", "کشتیاں … لے آئیں", "Perahu-perahu membawa").
    private static readonly string[] BoatCarrying =
    [
        "took", "carried", "brought", "transported", "ferried", "brachten", "gebracht", "holten", "geholt", "перевезли", "перевезён", "перевезен", "доставил", "доставлен",
        "бурданд", "оварданд", "овардаанд", "بردند", "آوردند", "آورده", "یوړې", "یوړل", "راوړ", "نقلت", "حملت", "حملوا", "لے آ", "لے گئ", "emmené", "transporté",
        "mengangkut", "membawa",
        // Delivered or landed them somewhere ("delivered 38 families to Farkhor", "beförderten", "привезли", "расонданд", "رساندند", "ورسولې",
        // "أوصل", "ont débarqué", "mengantarkan").
        "delivered", "beförder", "привезли", "привёз", "расонд", "رساند", "ورسول", "أوصل", "débarqu", "mengantar",
    ];

    /// <summary>Whether a sentence (lower case) says people were carried across a river, or by boat: people counted who were are refugees.</summary>
    public static bool SaysFerriedAcross(string lower) =>
        FerriedAcross.Any(f => lower.Contains(f.Verb, StringComparison.Ordinal) && lower.Contains(f.Beside, StringComparison.Ordinal))
        || (CueSearch.ContainsAny(lower, Boats) && CueSearch.ContainsAny(lower, BoatCarrying));

    /// <summary>
    /// Whether a sentence (lower case) says someone left a place or went elsewhere ("700 families left the area of Chah Ab for Rustaq",
    /// "verließen", "meninggalkan", "тарк карда", "ترک کردند", "پرېښوده", "غادرت", "ont quitté", "چلے گئے"): people counted who did so are refugees.
    /// </summary>
    public static bool SaysLeftOrWentAway(string lower) => Left.Any(c => StartsWord(lower, c)) || WentAway.Any(c => StartsWord(lower, c));

    // A state's forces as a body, not counted: "government forces", "Regierungstruppen", "les forces", "правительственные силы", "نیروهای دولتی",
    // "دولتي ځواکونو", "القوات الحكومية", "سرکاری فورسز".
    private static readonly string[] Forces =
        ["forces", "troops", "truppen", "streitkräfte", "pasukan", "войска", "силы", "нерӯҳо", "نیروها", "نیروهای", "ځواکون", "القوات", "قوات", "فورسز", "افواج"];

    /// <summary>Whether a word (lower case) names forces as a body ("forces", "войска", "ځواکونه", "القوات").</summary>
    public static bool IsForces(string word) => Forces.Any(f => word.StartsWith(f, StringComparison.Ordinal));

    /// <summary>
    /// A state's forces, named as a body and not counted, that left a place: the place is lost to them, territorial control ("government
    /// forces left the Khwaja Du Koh district and moved to Sheberghan"), whatever verb takes them on. Soldiers counted who left are the
    /// people the report follows, a troop movement (see <see cref="SoldiersLeft"/>); so are forces that crossed a river or a border, or were
    /// disarmed.
    /// </summary>
    public static string? ForcesLeft(string lower, string? language, IReadOnlyList<Quantity>? quantities) =>
        quantities?.Any(q => q.Key == "soldiers") != true && CueSearch.ContainsAny(lower, Forces)
        && !CrossedWater(lower, language) && !NumberWords.SaysDisarmed(lower) && Left.FirstOrDefault(c => StartsWord(lower, c)) is { } cue ? cue : null;

    // A river or a border, which those who cross over cross: "перешли в Шибирган" (went over to a town) is no crossing, "перешли Пяндж" is.
    private static readonly string[] Water = ["river", "fluss", "rivière", "sungai", "реку", "река", "реки", "дарё", "رود", "دریا", "سیند", "نهر"];

    private static bool CrossedWater(string lower, string? language) =>
        NumberWords.SaysCrossedOver(lower) && (NumberWords.NamesBorder(lower, language) || CueSearch.ContainsAny(lower, Water));

    /// <summary>
    /// Soldiers counted who left a place moved, when no insurgents are named ("More than seventy soldiers who abandoned Dahana-ye Ghori
    /// reached Pul-e Khumri"): as much as the ground given up speaks for its loss, their leaving speaks for a troop movement.
    /// </summary>
    private static Evidence SoldiersLeft(string lower, IReadOnlyList<Quantity>? quantities) =>
        quantities?.Any(q => q.Key == "soldiers") == true && !NamesInsurgents(lower) && Left.FirstOrDefault(c => StartsWord(lower, c)) is { } cue
            ? new Evidence(cue.Split(' ').Length, cue) : default;

    /// <summary>What speaks for a category besides its cue words: a count, insurgents seen, people gathered.</summary>
    public static Evidence For(string category, string lower, string? language, IReadOnlyList<Quantity>? quantities) =>
        Counted(category, quantities) + category switch
        {
            "territorial-control" => InsurgentsSeen(lower, language),
            "military-presence" => TroopsSent(lower, language),
            "refugees" => PeopleGathered(lower, language),
            "troop-movement" => SoldiersLeft(lower, quantities),
            _ => default,
        };

    /// <summary>A count that speaks for a category: refugees counted for "refugees", reservists for "mobilisation" (weight 1).</summary>
    private static Evidence Counted(string category, IReadOnlyList<Quantity>? quantities)
    {
        var key = category switch
        {
            "refugees" => "refugees",
            "mobilisation" => "reservists",
            _ => null,
        };
        return key is not null && quantities?.FirstOrDefault(q => q.Key == key) is { } counted ? new Evidence(1, $"a count of {key}") : default;
    }
}
