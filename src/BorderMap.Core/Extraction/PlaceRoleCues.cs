using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Words around a place name that <see cref="PlaceRoles"/> reads besides prepositions: where people came from ("from", "سے", "له … څخه"),
/// where they arrived ("tiba di", "arrivées à", "میں داخل", "پہنچے"), "near" said after the name ("کے قریب", "سره نږدې"), and residents who speak
/// of their own town ("Residents of Andkhoy said").
/// </summary>
internal static class PlaceRoleCues
{
    // Words of origin: "from", and French "venus de", "en provenance de" ("de" is skipped as a linking word). Pashto "له" is "from" only
    // with "څخه" after the name ("له … سره" is "with").
    private static readonly HashSet<string> Origins = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "aus", "dari", "из", "аз", "از", "من", "venus", "venues", "provenance",
        // The place left: "soldiers who fled the town of Dasht-e Archi", "qui ont fui les districts de …", "qui avaient abandonné le district
        // de …", "оставивших уезд …", "yang meninggalkan distrik …", "تركوا مديرية …".
        "fled", "left", "abandoned", "fui", "quitté", "abandonné", "abandonnés", "abandonnée", "abandonnées", "meninggalkan",
        "оставивших", "оставившие", "оставив", "оставили", "покинувших", "покинувшие", "покинув", "покинули", "تركوا", "غادروا",
    };

    // The place left, said after its name (past a kind word): "die den Bezirk Darkad aufgegeben hatten", "ولسوالی درقد را ترک کرده",
    // "ноҳияи Дарқад-ро тарк карда", "د درقد ولسوالۍ یې پرېښې", "ضلع درقد چھوڑنے والے"; not after a locative, where what was left stood
    // ("ihre Posten im Bezirk … verlassen hatten": their posts left, where they stood).
    private static readonly string[] LeftAfter = ["aufgegeben", "verlassen", "verließen", "را ترک", "را رها", "-ро тарк", "ро тарк", "یې پرېښ", "چھوڑ"];

    // Urdu and Pashto say where from after the name: "شغنان سے", "د شغنان له ولسوالۍ څخه".
    private static readonly string[] OriginsAfter = ["سے", "څخه"];

    // Urdu and Pashto say "near" after the name: "خوروگ کے قریب", "د ترمز سره نږدې", "تېرېدنځي ته نږدې".
    private static readonly string[] NearPhrasesAfter = ["کے قریب", "کے پاس", "سره نږدې", "ته نږدې"];

    // "… ته نږدې شول" and "… کے قریب پہنچ گئے" are "came near", a place approached, not where things are.
    private static readonly string[] Approached = ["شو", "پہنچ"];

    // Verbs of arrival before a locative: "tiba di Fayzabad", "sont arrivées à Faïzabad", "sont passés au Tadjikistan".
    private static readonly string[] ArrivalsBefore = ["tiba", "sampai", "arrivé", "passé", "entré", "réfugié", "parvenu"];

    // The weekdays of the languages that write a verb of arrival before its place, as whole words.
    private static readonly HashSet<string> LatinWeekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    };

    // Russian "добрались до Мазари-Шарифа", "дошли до Кулоба": reached, though "до" alone is "up to" or "before" ("до 500 человек").
    private static readonly string[] ReachedBeforeUpTo = ["добрал", "добравш", "дошл", "дошедш", "доехал", "доехавш"];

    // German says the arrival after the name: "in Faisabad angekommen".
    private static readonly HashSet<string> ArrivalsAfter = new(StringComparer.Ordinal) { "angekommen", "eingetroffen" };

    // Urdu says an arrival after the name: "تاجکستان میں داخل ہوئے" (entered into Tajikistan), "شبرغان میں پناہ لی" (took shelter in
    // Shibirghan), though "میں" alone is "in"; "پنج پایان پہنچے" (reached Panji Poyon), with no word between (see NearAfter for "came near").
    private static readonly string[] UrduArrivalsAfter = ["میں داخل", "میں پناہ", "پہنچ"];

    private static readonly string[] Residents =
    [
        "resident", "villager", "bewohner", "einwohner", "habitant", "warga", "penduduk", "жител", "сокин", "باشند", "ساکن", "سكان", "اوسېدونک", "رہائشی",
    ];

    /// <summary>
    /// Whether the place is where people came from: after a word of origin, a sentence's opening French "De" or French "du district de",
    /// or before "سے", "څخه"; a place left, by a verb before its name or after it ("abandonné le district de …", "… را ترک کرده"); a
    /// place "from" after a people's adjective ("from the Afghan district of …").
    /// </summary>
    public static bool IsOrigin(string text, string before, int start, int end) =>
        (Origins.Contains(before) && !OutsideOf(text, start)) || before == "De" || FromFrenchArea(text, start) || FromFrenchPeople(text, start) || OriginAfter(text, end) || FromSideOf(text, before, start)
        || FromCountrysArea(text, before, start) || (!PlaceRoles.Locatives.Contains(before) && (StartsPastKind(text, end, LeftAfter) || LeftPastProvince(text, end)));

    // "Outside", which Persian and Tajik join to the place with "from": "بیرون از قلعه خم", "берун аз Қалъаи Хумб" (outside Qalaikhumb)
    // is where people stay, not where they came from.
    private static readonly HashSet<string> Outside = new(StringComparer.OrdinalIgnoreCase) { "بیرون", "برون", "خارج", "берун", "бирун", "беруни" };

    private static bool OutsideOf(string text, int start) =>
        Outside.Contains(PlaceRoles.WordEndingAt(text, PlaceRoles.WordBefore(text, start).Start).Word);

    // A people's adjective between "from" and the name says whose the place is: "from the Afghan district of Shighnan", "from Afghan
    // Shighnan", "aus dem afghanischen Bezirk Schighnan", "из афганского уезда Шугнан".
    private static bool FromCountrysArea(string text, string before, int start) =>
        Demonyms.IsDemonym(before) && Origins.Contains(PlaceRoles.WordBefore(text, PlaceRoles.WordBefore(text, start).Start).Word);

    // "از سوی افغانستان", "از طرف کابل", "аз тарафи Афғонистон": from the side of, though "سوی" and "тарафи" alone say "towards".
    private static readonly HashSet<string> Sides = new(StringComparer.Ordinal) { "سوی", "طرف", "جانب", "тарафи", "ҷониби" };

    private static bool FromSideOf(string text, string before, int start) =>
        Sides.Contains(before) && PlaceRoles.WordEndingAt(text, PlaceRoles.WordBefore(text, start).Start).Word is "از" or "аз" or "Аз";

    // "Afghans du district de Chighnan", "des districts de Khanaqah": "du" and "des" are "from the" before a kind word and "de".
    private static bool FromFrenchArea(string text, int start)
    {
        var (of, ofStart) = PlaceRoles.WordEndingAt(text, start > 0 && text[start - 1] is '\'' or '’' ? start - 1 : start);
        if (of is not ("de" or "d"))
        {
            return false;
        }

        var (kind, kindStart) = PlaceRoles.WordEndingAt(text, ofStart);
        // "du district afghan de Chighnan": the people's adjective after the kind word.
        if (Demonyms.IsDemonym(kind))
        {
            (kind, kindStart) = PlaceRoles.WordEndingAt(text, kindStart);
        }

        return KindCues.IsCue(kind) && PlaceRoles.WordEndingAt(text, kindStart).Word is "du" or "des";
    }

    // People who move, named before French "de" ("2 000 familles de Darweshan ont fui", "des soldats de Chah Ab"): "de" is their "from",
    // as "familles from Darweshan" says in English (their number's "de", "des centaines de familles", stands before them, not the name).
    private static readonly HashSet<string> FrenchPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "familles", "famille", "réfugiés", "déplacés", "personnes", "civils", "soldats", "militaires", "villageois",
    };

    private static bool FromFrenchPeople(string text, int start)
    {
        var (of, ofStart) = PlaceRoles.WordEndingAt(text, start > 0 && text[start - 1] is '\'' or '’' ? start - 1 : start);
        return of is "de" or "d" && FrenchPeople.Contains(PlaceRoles.WordEndingAt(text, ofStart).Word);
    }

    /// <summary>Whether the place is where people arrived: a verb of arrival before its locative or after the name.</summary>
    public static bool Arrived(string text, string before, int beforeStart, int end)
    {
        if (StartsPastKind(text, end, UrduArrivalsAfter))
        {
            return true;
        }

        if (before == "до")
        {
            return ReachedBeforeUpTo.Any(r => PlaceRoles.WordEndingAt(text, beforeStart).Word.StartsWith(r, StringComparison.OrdinalIgnoreCase));
        }

        if (!PlaceRoles.Locatives.Contains(before))
        {
            return false;
        }

        var (verb, verbStart) = PlaceRoles.WordEndingAt(text, beforeStart);
        if (LatinWeekdays.Contains(verb))
        {
            // The day may stand between the verb and its place: "sont passés vendredi au Tadjikistan" (crossed into Tajikistan on Friday).
            (verb, verbStart) = PlaceRoles.WordEndingAt(text, verbStart);
        }

        var lower = verb.ToLowerInvariant();
        return ArrivalsBefore.Any(a => lower.StartsWith(a, StringComparison.Ordinal)) || ArrivalsAfter.Contains(PlaceRoles.WordAfter(text, end))
            || ToWhatIsThere(text, verbStart);
    }

    // "report to the garrison in Kulob", "melapor ke garnisun di Kulob", "fled to a camp in Kulob": the place locates where they went.
    private static readonly HashSet<string> DirectionsToNoun = new(StringComparer.OrdinalIgnoreCase) { "to", "into", "ke" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private static bool ToWhatIsThere(string text, int nounStart)
    {
        var (word, start) = PlaceRoles.WordEndingAt(text, nounStart);
        if (Articles.Contains(word))
        {
            (word, _) = PlaceRoles.WordEndingAt(text, start);
        }

        return DirectionsToNoun.Contains(word);
    }

    /// <summary>Whether "near" follows the name, past a kind word ("خوروگ کے قریب", "پنج پایان تېرېدنځي ته نږدې"), and not "came near".</summary>
    public static bool NearAfter(string text, int end)
    {
        var rest = PastKind(text, end);
        foreach (var phrase in NearPhrasesAfter)
        {
            if (rest.StartsWith(phrase, StringComparison.Ordinal))
            {
                var next = rest[phrase.Length..].TrimStart();
                foreach (var approached in Approached)
                {
                    if (next.StartsWith(approached, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb of leaving follows the name past its province ("ولسوالی چاه‌آب ولایت تخار را ترک کرده", "ноҳияи Чоҳоб-и вилояти
    /// Тахор-ро тарк карда": who left the Chah Ab district of Takhar): the district was left, not only the province that holds it.
    /// </summary>
    private static bool LeftPastProvince(string text, int end)
    {
        var rest = text.AsSpan(end);
        rest = (rest.StartsWith(TajikEzafe, StringComparison.Ordinal) ? rest[TajikEzafe.Length..] : rest).TrimStart();
        var kind = Letters(rest);
        if (kind.IsEmpty || KindCues.KindOf(kind.ToString()) != PlaceKinds.Admin1)
        {
            return false;
        }

        rest = rest[kind.Length..].TrimStart();
        rest = rest[Letters(rest).Length..].TrimStart();
        foreach (var phrase in LeftAfter)
        {
            if (rest.StartsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const string TajikEzafe = "-и ";

    // The word a span starts with: its letters and the Persian non-joiner.
    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetter(text[length]) || text[length] == '\u200C'))
        {
            length++;
        }

        return text[..length];
    }

    // The text after a name, past a kind word ("درقد ولسوالۍ یې …"). Spans, not copies: a text may be long and this is asked for every name in it.
    private static ReadOnlySpan<char> PastKind(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        var kind = PlaceRoles.WordAfter(text, end);
        return kind.Length > 0 && KindCues.IsCue(kind) ? rest[kind.Length..].TrimStart() : rest;
    }

    private static bool StartsPastKind(string text, int end, string[] phrases)
    {
        var rest = PastKind(text, end);
        foreach (var phrase in phrases)
        {
            if (rest.StartsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether residents are said to be of the place ("Residents of Andkhoy", "Жители Андхоя", "سكان في أندخوي", "د اندخوی اوسېدونکو").</summary>
    public static bool OfResidents(string text, int start, int end)
    {
        var (before, beforeStart) = PlaceRoles.WordBefore(text, start);
        var resident = PlaceRoles.Locatives.Contains(before) ? PlaceRoles.WordEndingAt(text, beforeStart).Word : before;
        return IsResident(resident) || IsResident(PlaceRoles.WordAfter(text, end));
    }

    private static bool IsResident(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 0 && Residents.Any(r => lower.StartsWith(r, StringComparison.Ordinal));
    }

    // Past kind words and Pashto "له" ("د شغنان له ولسوالۍ څخه").
    private static bool OriginAfter(string text, int position)
    {
        for (var words = 0; words < 3; words++)
        {
            var word = PlaceRoles.WordAfter(text, position);
            if (OriginsAfter.Contains(word))
            {
                return true;
            }

            if (word.Length == 0 || (word != "له" && !KindCues.IsCue(word)))
            {
                return false;
            }

            position = text.IndexOf(word, position, StringComparison.Ordinal) + word.Length;
        }

        return false;
    }
}
