namespace BorderMap.Core.Extraction;

/// <summary>
/// Whether a sentence says people were given weapons by those who raise them: handed, issued or receiving weapons, they are mobilised
/// as those armed are ("were handed weapons", "получили оружие", "силоҳ гирифтанд", "سلاح دریافت کردند", "وسلې ترلاسه کړې", "تسلموا أسلحة",
/// "اسلحہ دیا گیا", "dibagikan senjata", "ont reçu des armes"), or supplied with them ("supplied … with rifles", "زود … بالبنادق"): each
/// language's verbs of giving, receiving and supplying beside its words for weapons, in the order it writes them. Verbs of handing over ("handed over", "übergeben", "сдали", "سپارل", "تحویل دادند", "سلموا",
/// "menyerahkan") are a surrender, not this (Arabic "سلّم" gives only weapons that are no one's yet: see <see cref="VerbsBeforeWeapons"/>). Read on the lower-case sentence without its Arabic marks.
/// </summary>
internal static class GivenWeapons
{
    // A verb said before the weapons may have the time, the giver or, in Arabic, the subject between them ("a distribué mardi des fusils",
    // "erhielten am Mittwoch von örtlichen Kommandeuren Gewehre", "получили от местных командиров автоматы", "وزعت يوم الثلاثاء بنادق",
    // "حصل قرابة ٩٠٠ رجل في كلفكان على بنادق"): the weapons are looked for among this many words after it, within its clause.
    private const int WordsAfterVerb = 7;

    private static readonly (string[] Verbs, string[] Weapons)[] VerbsBeforeWeapons =
    [
        (["handed", "given", "gave", "issued", "received", "receiving", "distributed", "supplied with", "provided with"], ["weapons", "arms", "rifles", "guns", "firearms"]),
        (["erhielten", "erhielt", "bekamen", "bekam", "verteilten", "verteilte", " gaben", " gab "], ["waffen", "gewehre", "sturmgewehre", "schusswaffen"]),
        (["получили", "получил", "получают", "получат", "выдали", "выдала", "выдал", "выдают", "выдано", "выданы", "раздали", "раздала", "раздал", "вручили"],
            ["оружие", "винтовки", "автоматы"]),
        (["تسلموا", "تسلم", "تسلمت", "استلموا", "استلم", "تلقوا", "تلقى", "وزعت", "وزع", "وزعوا", "توزيع", "حصل", "حصلوا"],
            ["أسلحة", "الأسلحة", "السلاح", "سلاحا", "بنادق", "البنادق"]),
        // Arabic "سلّم" gives weapons when they are indefinite ("سلم قادة ميليشيات أسلحة إلى"): handing over the weapons or one's own
        // ("سلموا الأسلحة", "سلموا أسلحتهم") is a surrender.
        (["سلم", "سلمت", "سلموا"], ["أسلحة", "بنادق"]),
        (["dibagikan", "membagikan", "dibagi", "menerima", "diberi", "diberikan", "memberikan", "mendapat", "mendapatkan"], ["senjata", "senapan"]),
        (["reçu", "reçoivent", "recevoir", "distribué", "distribuent", "distribuer", "remettre", "remis", "remettent", "donné", "fourni"], ["armes", "fusils"]),
    ];

    // Between a verb and the weapons: laying them down, handing them over or back, or their own ("handed over their weapons", "received
    // orders to lay down arms", "ont reçu l'ordre de déposer les armes", "получили приказ сдать оружие") is no arming.
    private static readonly HashSet<string> NotGiving = new(StringComparer.Ordinal)
    {
        "over", "back", "in", "lay", "laid", "down", "their", "niederlegen", "niederzulegen", "abgeben", "abzugeben", "ihre", "déposer", "rendre", "leurs",
        "сложить", "сдать", "свое", "своё", "свои", "meletakkan", "menyerahkan", "تسليم", "لتسليم", "إلقاء", "لإلقاء",
    };

    // Weapons said before the verb, as Tajik, Persian, Pashto, Urdu and German write it, may have a second thing given joined by "and", in
    // one word or two ("яроқ ва тир гирифтанд", "وسلې او مهمات واخیستل", "بندوقیں اور گولہ بارود حاصل کیا", "Gewehre und Munition erhalten").
    // A Tajik weapon with no object ending is given, not handed over ("ба 350 ҷавон милтиқ супурд"; "силоҳро супурданд" is a surrender).
    private static readonly (string[] Weapons, string[] Verbs)[] WeaponsBeforeVerbs =
    [
        (["weapons", "arms", "rifles", "guns"], ["were distributed", "were handed out", "were issued"]),
        (["waffen", "gewehre", "sturmgewehre", "schusswaffen"], ["erhalten", "ausgehändigt", "verteilt", "bekommen"]),
        (["оружие", "винтовки", "автоматы"], ["получили", "выдали", "раздали", "вручили"]),
        (["силоҳ", "яроқ", "милтиқ", "аслиҳа"], ["гирифт", "доданд", "дода шуд", "тақсим карданд", "тақсим шуд", "супурд"]),
        (["سلاح", "اسلحه", "تفنگ", "جنگ‌افزار", "جنگ افزار"], ["دریافت کرد", "گرفت", "تحویل گرفت", "داد", "توزیع کرد", "توزیع شد"]),
        (["وسله", "وسلې", "ټوپک", "ټوپکونه"], ["ترلاسه", "ورکړ", "واخیست", "ووېشل", "وویشل"]),
        // Equipped with weapons, the weapons in the oblique after "په" and its adjectives ("په زړو ښکاري ټوپکو سمبال کړل").
        (["ټوپکو", "وسلو"], ["سمبال کړ", "سمبال شو", "مجهز کړ", "مجهز شو"]),
        (["اسلحہ", "ہتھیار", "رائفلیں", "بندوقیں"], ["دیا", "دیے", "دی", "تقسیم", "فراہم", "ملے", "ملا", "حاصل کی", "حاصل کیا", "حاصل کیے"]),
    ];

    // Supplied or equipped with weapons, those supplied between the verb and the weapons ("supplied some 230 villagers with rifles", "زود
    // القادة يوم الأحد نحو ٢٣٠ قرويا في بهارك بالبنادق", "снабдили … винтовками", "versorgten … mit Gewehren", "ont équipé … de fusils",
    // "membekali … dengan senjata"), or the weapons first where the verb ends the clause ("با تفنگ … مجهز کردند", "бо милтиқ … таъмин
    // карданд", "بندوقوں سے لیس کیا", "په وسلو مجهز کړل"). The English, German and French verbs are also participles ("men equipped with
    // rifles" are who they are, as "armed men" are): there, words must stand between the verb and the weapons.
    private static readonly (string[] First, string[] Second, int WordsBetween)[] SuppliedWith =
    [
        (["supplied", "equipped", "provided"], ["with weapons", "with arms", "with rifles", "with guns", "with firearms"], 1),
        (["versorgten", "versorgte", "statteten", "rüsteten"], ["mit waffen", "mit gewehren", "mit sturmgewehren", "mit schusswaffen"], 1),
        (["снабдили", "снабдил", "обеспечили", "обеспечил", "оснастили"], ["оружием", "винтовками", "автоматами"], 0),
        (["زود", "وزود", "جهز", "وجهز", "أمد", "وأمد"], ["بالبنادق", "ببنادق", "بالأسلحة", "بأسلحة", "بالسلاح", "بسلاح"], 0),
        (["équipé", "doté", "muni"], ["de fusils", "d'armes", "d’armes"], 1),
        (["membekali", "dibekali", "melengkapi", "dilengkapi"], ["dengan senjata", "dengan senapan"], 0),
        (["با تفنگ", "به تفنگ", "با سلاح", "به سلاح", "با اسلحه", "به اسلحه"], ["مجهز کرد", "مجهز ساخت", "مجهز نمود"], 0),
        (["бо милтиқ", "бо силоҳ", "бо яроқ", "бо аслиҳа"], ["таъмин кард", "муҷаҳҳаз кард", "муҷаҳҳаз сохт"], 0),
        (["بندوقوں سے", "ہتھیاروں سے", "اسلحے سے", "رائفلوں سے"], ["لیس کی", "لیس کر"], 0),
        (["په وسلو", "په ټوپکو"], ["مجهز کړ"], 0),
    ];

    // How far apart the two may stand: the subject, the time, the count and its place between them ("زود القادة يوم الأحد نحو ٢٣٠ قرويا في بهارك بالبنادق").
    private const int SuppliedWithinWords = 10;

    private static readonly HashSet<string> AndWords = new(StringComparer.Ordinal) { "and", "und", "и", "ва", "و", "او", "اور" };

    private static readonly char[] ClauseEnds = [',', '.', ';', ':', '،', '؛', '!', '?'];

    /// <summary>Whether a sentence (lower case, without Arabic marks) says people were given or received weapons.</summary>
    public static bool Said(string plain) =>
        VerbsBeforeWeapons.Any(g => g.Verbs.Any(v => VerbThenWeapons(plain, v, g.Weapons))) || WeaponsBeforeVerbs.Any(g => g.Weapons.Any(w => WeaponsThenVerb(plain, w, g.Verbs)))
        || SuppliedWith.Any(g => g.First.Any(f => FirstThenSecond(plain, f, g.Second, g.WordsBetween)));

    // The first phrase at a word's start, and the second starting a word within the words after it, in its clause.
    private static bool FirstThenSecond(string plain, string first, string[] second, int wordsBetween)
    {
        for (var at = plain.IndexOf(first, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(first, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && plain[at - 1] != ' ')
            {
                continue;
            }

            var words = Clause(plain, at + first.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The first piece is the rest of the first phrase's own word ("زودوا", "таъмин карданд") unless the phrase ended its word.
            var from = at + first.Length < plain.Length && plain[at + first.Length] != ' ' ? 1 : 0;
            for (var w = from + wordsBetween; w < Math.Min(words.Length, from + SuppliedWithinWords); w++)
            {
                var rest = string.Join(' ', words.Skip(w).Take(2));
                if (second.Any(s => rest.StartsWith(s, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool VerbThenWeapons(string plain, string verb, string[] weapons)
    {
        for (var at = plain.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(verb, at + 1, StringComparison.Ordinal))
        {
            if (WeaponsAmongWordsAfter(Clause(plain, at + verb.Length), weapons))
            {
                return true;
            }
        }

        return false;
    }

    // The first piece is the rest of the verb's own word ("distribué" of "distribuées"), empty when the verb ends its word.
    private static bool WeaponsAmongWordsAfter(string clause, string[] weapons)
    {
        foreach (var word in clause.Split(' ', StringSplitOptions.None).Skip(1).Where(w => w.Length > 0).Take(WordsAfterVerb))
        {
            if (NotGiving.Contains(word))
            {
                return false;
            }

            if (weapons.Any(w => word.StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WeaponsThenVerb(string plain, string weapon, string[] verbs)
    {
        for (var at = plain.IndexOf(weapon, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(weapon, at + 1, StringComparison.Ordinal))
        {
            var end = WithPashtoPlural(plain, at + weapon.Length);
            if (end < plain.Length && plain[end] == ' ' && AndAfter(Clause(plain, end + 1)).Any(rest => StartsWithVerb(rest, verbs)))
            {
                return true;
            }
        }

        return false;
    }

    // Pashto writes the plural of a weapon with an ending the list does not hold ("ټوپکې ووېشلې", rifles were handed out): the verb is
    // looked for after it. Tajik "-ро" stays: it makes the weapons handed over.
    private static int WithPashtoPlural(string plain, int end) => end < plain.Length && plain[end] is 'ې' or 'ۍ' ? end + 1 : end;

    // "гирифтанд", or "ва тир гирифтанд" → "гирифтанд", "اور گولہ بارود حاصل کیا" → "حاصل کیا": "and" and the one or two words it joins skipped.
    private static IEnumerable<string> AndAfter(string rest)
    {
        yield return rest;
        var words = rest.Split(' ', 4, StringSplitOptions.None);
        if (words.Length >= 3 && AndWords.Contains(words[0]))
        {
            yield return string.Join(' ', words.Skip(2));
            if (words.Length == 4)
            {
                yield return words[3];
            }
        }
    }

    private static bool StartsWithVerb(string rest, string[] verbs) => verbs.Any(v => rest.StartsWith(v, StringComparison.Ordinal));

    private static string Clause(string plain, int from)
    {
        var end = plain.IndexOfAny(ClauseEnds, from);
        return end >= 0 ? plain[from..end] : plain[from..];
    }
}
