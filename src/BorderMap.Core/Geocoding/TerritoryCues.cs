using System.Buffers;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// A district and its centre town share a name and a point (Zebak, Jurm, Rustaq, Farkhor). Without a kind word, the clause says
/// which is meant: what is taken, held, lost or entered ("the Taliban captured Farkhar", "Бахарак пал", "زیباک او جرم ته ننوتل")
/// is the district; the settlement (its bazaar, streets or residents, a place something happens at) is the town. A province's
/// capital is always the town: reports that say Kunduz was taken mean the city.
/// </summary>
public static class TerritoryCues
{
    // Verbs of giving a place up that stand before it. Losing is taking seen from the other side ("government forces lost Imam Sahib and
    // Chahar Dara"); leaving is losing too: soldiers who left or abandoned a district gave it up ("who left Khan-e Char Bagh",
    // "покинувших", "غادروا", "оставивших Хинджан", "تخلوا عن خنجان"). Declared before the lists they join: static fields are made in order.
    private static readonly string[] LeavingBefore =
    [
        "verloren", "kehilangan", "perdu", "потерял", "خسر",
        "abandon", "withdr", "quitt", "verließ", "meninggalkan", "покину", "покинув", "غادر",
        "оставил", "оставив", "сдал", "räumt", "تخلى", "تخلوا", "تخلت",
    ];

    // Leaving, after the name: "Khan-e Char Bagh verlassen", "Хони Чорбоғро тарк карда", "Дишу-ро бохт" (lost), "یې پرېښی", "چھوڑنے والے"; Pashto "له … وتلي"
    // (who went out of it); giving up: "Chindschan aufgegeben hatten", "Khinjan geräumt", Persian "خنجان را رها کرده".
    private static readonly string[] LeavingAfter = ["verloren", "verlassen", "тарк", "бохт", "پرېښ", "چھوڑ", "وتل", "aufgegeben", "geräumt", "رها"];

    // Whole words of leaving and losing (short forms that would start other words): "left", "lost"; Arabic "تركوا دهنة غوري" (who
    // left it), as "ترك" starts Turkey's and Turkmenistan's names; after the name Persian "را ترک کردند" and Urdu "کھو دیے" (lost).
    private static readonly HashSet<string> LeavingWordsBefore = new(StringComparer.Ordinal) { "lost", "lose", "loses", "left", "leave", "leaves", "ترك", "تركوا", "تركت" };

    private static readonly HashSet<string> LeavingWordsAfter = new(StringComparer.Ordinal) { "ترک", "کھو" };

    // Verbs of taking, holding and entering that stand before their object (English, German, French, Indonesian, Russian, Arabic),
    // compared as word beginnings (Russian participles too: "взявшие Навзад", who took Nawzad); Arabic writes "and" onto the verb
    // ("وتسيطر"), so the verb is also tried without it.
    private static readonly string[] VerbsBefore =
    [
        "captur", "seize", "seizi", "overran", "overrun", "overtook", "retook", "retake", "recaptur", "control", "entered", "taken",
        "erobert", "kontroll", "überrannt", "rückten", "tombé", "contrôl", "empar", "conquis", "tiennent", "repris", "entrés",
        "merebut", "menguasai", "kuasai", "menyerbu", "memasuki", "захват", "заняли", "занявш", "взявш", "овладел", "контрол", "удержива", "вошли",
        "سيطر", "تسيطر", "يسيطر", "استولى", "استولت", "دخلوا",
        // Persian "وارد … شدند" (entered) puts the verb's noun before the place.
        "وارد",
        .. LeavingBefore,
    ];

    // Verbs that follow the name: "fell" in every language, and the verbs of Tajik, Persian, Pashto and Urdu, which close their clause.
    private static readonly string[] VerbsAfter =
    [
        "eingenommen", "erobert", "tombé", "jatuh", "ишғол", "гирифт", "суқут", "назорат", "даромад", "ворид", "забт",
        "تصرف", "سقوط", "گرفت", "تسخیر", "کنترل", "تسلط", "ونیول", "نیولې", "نیولي", "ننوتل", "کنټرول", "قبضہ", "قابض", "کنٹرول", "داخل", "وارد",
        .. LeavingAfter,
    ];

    // Prepositions of a destination right before the name, in the languages whose verbs of taking stand before their object.
    private static readonly HashSet<string> DestinationWords = new(StringComparer.Ordinal) { "to", "towards", "toward", "nach", "vers", "ke", "menuju" };

    // Prepositions of the place where something happens, right before the name, in the languages whose verbs of taking stand before
    // their object: "hold border talks in Murghob", "tiennent des pourparlers à Mourghob" hold the talks, and the name says where they
    // are held (the README's rule 3). A verb of entering goes into the place named after them ("rückten in Jurm ein"): the name is taken.
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "in", "at", "im", "à", "di" };

    private static readonly string[] EnteringBefore = ["enter", "rückten", "entr", "masuk", "memasuki"];

    // Short forms that would start other words as prefixes ("пал" starts "палатки"): whole words only.
    private static readonly HashSet<string> WordsBefore = new(["took", "take", "takes", "taking", "hold", "holds", "halten", "nahmen", "nahm", "pris", "prise", "tient", "занял", "заняла", "взял", "взяли", "دخل", "سقط", "سقطت",
        .. LeavingWordsBefore], StringComparer.Ordinal);

    // The hand in "lost from the hand" and "hold in the hand" (Tajik "аз даст доданд", "дар даст доранд"; Persian "از دست دادند";
    // Pashto "له لاسه ورکړې"; Urdu "کھو دیے", lost): losing and holding alike.
    // Urdu "گر گیا" (fell).
    private static readonly HashSet<string> WordsAfter = new(["fell", "falls", "fiel", "fielen", "пал", "пала", "пали", "سقطت", "سقط", "даст", "دست", "لاسه", "واک", "گر", .. LeavingWordsAfter], StringComparer.Ordinal);

    // The words that join list items end the walk: each item of "captured Farkhar and Kalafgan" is given the verb by the list.
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "and", "und", "et", "dan", "и", "ва", "و", "او", "اور" };

    // Nouns of a settlement next to the name ("the bazaar of Jurm", "жители Ишкашима", "د جرم د بازار"): the town, whatever the verb.
    private static readonly string[] SettlementStems =
    [
        "resident", "bazaar", "market", "street", "shops", "hospital", "bewohner", "basar", "straße", "habitant", "bazar", "rues", "boutique",
        "warga", "pasar", "jalan", "жител", "базар", "улиц", "сокин", "бозор", "кӯча", "باشند", "ساکن", "بازار", "کوچه", "اوسېدونک", "اوسیدونک",
        "کوڅ", "سكان", "سوق", "شوارع", "رہائشی", "گلی", "ښارګوټ", "قصب",
    ];

    // "The area of" a town ("left the area of Chah Ab", "kawasan Chah Ab", "die Gegend um Tschah Ab", "les environs de Tchah Ab",
    // "атрофи Чоҳоб", "د چاه اب سیمه", "چاہ آب کے علاقے"): the settlement and what lies around it, not the district (the README's rule 3).
    // Whole words only; Russian "район", Persian "منطقه" and Arabic "منطقة" also name a district and are kind words instead.
    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal) { "area", "kawasan", "gegend", "environs", "атрофи", "атроф", "سیمه", "سیمې", "علاقے", "علاقہ" };

    // Pashto "سیمه ییز" (local) is an adjective of the word for area, no area.
    private static bool IsAreaWord(string text, List<Token> tokens, int at, string lower) =>
        AreaWords.Contains(lower) && !(at + 1 < tokens.Count && WordCopies.Of(text, tokens[at + 1]).StartsWith("ییز", StringComparison.Ordinal));

    // A town named as a district's centre in apposition after it ("Nusay, the centre of Darwaz-e Payin district", "Даври-Рабат, центр
    // уезда Чахардара", "Dowr-e Rabat, pusat distrik …", "Даври Работ, маркази ноҳияи …", "دور رباط، مرکز ولسوالی …").
    private static readonly string[] CentreStems = ["centre", "center", "hauptort", "chef-lieu", "pusat", "центр", "марказ", "مرکز", "مركز"];

    // Pashto and Urdu name the district first and its centre after it: "د چهاردرې ولسوالۍ مرکز دور رباط", "ضلع چہار درہ کے مرکز دور
    // رباط" (Dowr-e Rabat, the centre of the Chahar Dara district). A centre word right before the name, itself after a district word or
    // the Urdu genitive, names the centre by its own name: the town. ("مرکز ولسوالی دشت ارچی", the district word between, stays the district.)
    private static readonly HashSet<string> GenitivesBeforeCentre = new(StringComparer.Ordinal) { "کے", "کی", "کا" };

    // German writes a kind of town into a compound before the name ("die Kleinstadt Ischkaschim", "das Bergdorf").
    private static readonly string[] TownCompoundEndings = ["stadt", "städtchen", "dorf"];

    // A place defended is held, when the verb stands right by the name ("who had defended Dowlatabad", "qui défendaient Dawlatabad",
    // "mempertahankan Dawlatabad", "оборонявших Даулатабад", "يدافعون عن دولت آباد"; after it: "Daulatabad verteidigt hatten",
    // "Давлатобод-ро ҳимоя мекарданд", "از دولت‌آباد دفاع می‌کردند", "دولت آباد کا دفاع"). Farther off, it is another name's verb
    // ("who had defended Kaldar fell back to Khulm").
    // Holding it is the same ("qui tenaient Qarqin", "Qarqin gehalten hatten", "Қарқин-ро нигоҳ медоштанд", "قرقین را در اختیار
    // داشتند", "قرقین یې ساتلی و"); the object marker after the name (را, -ро, Pashto یې) is stepped over.
    private static readonly string[] DefendedBefore = ["defend", "verteidigt", "défend", "mempertahankan", "обороня", "يدافع", "tenai"];

    private static readonly string[] DefendedAfter = ["verteidigt", "ҳимоя", "دفاع", "gehalten", "нигоҳ", "اختیار", "ساتل"];

    private static readonly HashSet<string> ObjectMarkers = new(StringComparer.Ordinal) { "را", "ро", "یې" };

    private const int DefendReach = 2;

    private const int VerbBefore = 8;
    private const int VerbAfter = 6;
    private const int SettlementReach = 3;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:.!?()–—\n،؛");

    // The places a name may be are read in place, as its matches: a scanned word may match hundreds of places, and every name found asks.

    /// <summary>Whether the places a name may be include a district and its same-named centre town at one point, and no province's capital.</summary>
    public static bool NamesDistrictAndSeat(Gazetteer gazetteer, List<NameMatch> matches)
    {
        foreach (var district in matches)
        {
            if (district.Name.Place.Kind == PlaceKinds.District && HasTownAt(matches, district.Name.Place))
            {
                return !NamesProvinceCapital(gazetteer, matches);
            }
        }

        return false;
    }

    /// <summary>Whether one of the places a name may be is a province's capital (a town at its province's point: Kunduz, Sheberghan).</summary>
    public static bool NamesProvinceCapital(Gazetteer gazetteer, List<NameMatch> matches)
    {
        foreach (var match in matches)
        {
            var town = match.Name.Place;
            if (town.Kind == PlaceKinds.PopulatedPlace && gazetteer.Find(town.Admin1) is { Kind: PlaceKinds.Admin1 } province && SamePoint(province, town))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a province capital's name, listed beside a district of another province, names a district of that province too
    /// ("the Darzab, Qarqin, Mardian and Faizabad districts": Jowzjan's Faizabad, not Badakhshan's capital): the list's district word
    /// then reaches it, as it reaches any district. Beside a district of the capital's own province it stays the capital.
    /// </summary>
    public static bool NamesakeOfNeighboursProvince(Gazetteer gazetteer, List<NameMatch> matches, List<NameMatch> neighbour)
    {
        var provinces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in neighbour)
        {
            if (match.Name.Place.Kind == PlaceKinds.District)
            {
                provinces.Add(match.Name.Place.Admin1);
            }
        }

        var inThem = matches.FindAll(m => provinces.Contains(m.Name.Place.Admin1));
        return inThem.Exists(m => m.Name.Place.Kind == PlaceKinds.District) && !NamesProvinceCapital(gazetteer, inThem);
    }

    private static bool HasTownAt(List<NameMatch> matches, Place district)
    {
        foreach (var match in matches)
        {
            if (match.Name.Place.Kind == PlaceKinds.PopulatedPlace && SamePoint(district, match.Name.Place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name (tokens <paramref name="first"/>..<paramref name="last"/>) is what its clause says was taken, held, lost or entered.</summary>
    public static bool IsTaken(string text, List<Token> tokens, int first, int last)
    {
        if (NearSettlementWord(text, tokens, first, last) || NamedNear(text, tokens, first, last) || PostAt(text, tokens, first, last))
        {
            return false;
        }

        return Defended(text, tokens, first, last) || HeldWith(text, tokens, first, last) || HasVerb(text, tokens, first, last, Taking)
            || FellAtClauseEnd(text, tokens, first, last);
    }

    /// <summary>
    /// Whether the name opens its sentence as the subject of a verb of falling or being taken that closes its clause, however many words
    /// of time and manner stand between: Pashto and Urdu put the verb last ("بهارک د جمعې په ماښام پرته له جګړې سقوط وکړ", "بہارک جمعے
    /// کی رات بغیر لڑائی کے گر گیا": Baharak fell on Friday evening without a fight). The clause ends at its first break; a district or
    /// province word on the way is the next name's, and so is the verb after it.
    /// </summary>
    private static bool FellAtClauseEnd(string text, List<Token> tokens, int first, int last)
    {
        if (!OpensSentence(text, tokens, first))
        {
            return false;
        }

        for (var at = last + 1; at < tokens.Count && at - last <= HeldWithReach && !StopsWalk(text, tokens, at, at - 1) && !KindCues.IsNextNamesKindWord(text, tokens, last, at); at++)
        {
            if (Is(WordCopies.Lower(text, tokens[at]), VerbsAfter, WordsAfter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name (tokens <paramref name="first"/>..<paramref name="last"/>) is what its clause says was left or lost ("Afghan soldiers
    /// who abandoned the Shighnan district", "оставивших уезд Шугнан", "ولسوالی شغنان را ترک کرده"): a subset of <see cref="IsTaken"/>,
    /// asked only of a name taken. Those who leave a place held it, so it lies on their side of a border.
    /// </summary>
    public static bool IsLeft(string text, List<Token> tokens, int first, int last) => HasVerb(text, tokens, first, last, Leaving);

    // The verbs of a clause that say what became of a place, before it and after it (stems and whole words).
    private sealed record VerbLists(string[] Before, HashSet<string> WordsBefore, string[] After, HashSet<string> WordsAfter);

    private static readonly VerbLists Taking = new(VerbsBefore, WordsBefore, VerbsAfter, WordsAfter);

    private static readonly VerbLists Leaving = new(LeavingBefore, LeavingWordsBefore, LeavingAfter, LeavingWordsAfter);

    private static bool HasVerb(string text, List<Token> tokens, int first, int last, VerbLists verbs)
    {
        // "were taken by road to Aqcha", "withdrew to Khulm": what a verb of taking or leaving moved went to the place, which is no
        // territory taken or left (the README's rule 3); the verb's object stands before it.
        var toward = first > 0 && DestinationWords.Contains(WordCopies.Lower(text, tokens[first - 1]));
        var where = first > 0 && PlaceWords.Contains(WordCopies.Lower(text, tokens[first - 1]));
        for (var at = first - 1; !toward && at >= 0 && first - at <= VerbBefore && (UnreadListItemBefore(text, tokens, first, at) || !StopsWalk(text, tokens, at, at + 1)); at--)
        {
            var word = WordCopies.Lower(text, tokens[at]);
            if (Is(word, verbs.Before, verbs.WordsBefore) && !NamesAPost(text, tokens, at) && (!where || StartsWithAny(word, EnteringBefore)))
            {
                return true;
            }
        }

        var from = AfterApposition(text, tokens, last);
        // A district or province word further on is the next name's, and so is the verb after it.
        for (var at = from; at < tokens.Count && at - from < VerbAfter && ((at == from && from > last + 1) || !StopsWalk(text, tokens, at, at - 1)) && !KindCues.IsNextNamesKindWord(text, tokens, last, at); at++)
        {
            if (Is(WordCopies.Lower(text, tokens[at]), verbs.After, verbs.WordsAfter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name opens its sentence with "with" and the sentence's first clause then says what is held: "With Khamyab, the Taliban
    /// now hold 90 km of the bank", "Mit Chamjab kontrollieren die Taliban", "Вместе с Хамьябом талибы контролируют", "با خم‌آب، طالبان …
    /// را در کنترل دارند", "له خم آب سره طالبان … په واک کې لري", "خم آب کے بعد اب طالبان … قابض ہیں". The name is counted among what
    /// they hold: the district. The verb may close the clause (Tajik, Persian, Pashto, Urdu), so the whole clause is read, past the
    /// comma that sets the name off.
    /// </summary>
    private static bool HeldWith(string text, List<Token> tokens, int first, int last)
    {
        string Word(int at) => WordCopies.Lower(text, tokens[at]);
        var opens = (first > 0 && WithWords.Contains(Word(first - 1)) && (OpensSentence(text, tokens, first - 1) || (first > 1 && Word(first - 2) == "вместе" && OpensSentence(text, tokens, first - 2))))
            || (first > 0 && Word(first - 1) == "له" && OpensSentence(text, tokens, first - 1) && last + 1 < tokens.Count && Word(last + 1) == "سره")
            || (OpensSentence(text, tokens, first) && last + 2 < tokens.Count && Word(last + 1) == "کے" && Word(last + 2) == "بعد");
        if (!opens)
        {
            return false;
        }

        var commas = 0;
        for (var at = last + 1; at < tokens.Count && at - last <= HeldWithReach; at++)
        {
            var gap = text.AsSpan(tokens[at - 1].End, tokens[at].Start - tokens[at - 1].End);
            commas += gap.IndexOfAny(',', '،') >= 0 ? 1 : 0;
            if ((gap.IndexOfAny(ClauseBreaks) >= 0 && gap.IndexOfAny(',', '،') < 0) || commas > 1)
            {
                return false;
            }

            var lower = WordCopies.Lower(text, tokens[at]);
            if (Is(lower, VerbsBefore, WordsBefore) || Is(lower, VerbsAfter, WordsAfter))
            {
                return true;
            }
        }

        return false;
    }

    // "With" before the name ("with", "dengan", "mit", "с", "бо", "با", "مع", "avec"), and Pashto "له … سره" and Urdu "… کے بعد" (after) around it.
    private static readonly HashSet<string> WithWords = new(StringComparer.Ordinal) { "with", "dengan", "mit", "с", "со", "бо", "با", "مع", "ومع", "avec" };

    private const int HeldWithReach = 24; // words to the end of the first clause: "… километр соҳили Амударё-ро … назорат мекунанд"

    private static bool OpensSentence(string text, List<Token> tokens, int at)
    {
        var before = at == 0 ? text.AsSpan(0, tokens[at].Start) : text.AsSpan(tokens[at - 1].End, tokens[at].Start - tokens[at - 1].End);
        return at == 0 || before.IndexOfAny(".!?\n") >= 0;
    }

    private static bool Defended(string text, List<Token> tokens, int first, int last)
    {
        var after = last + 1;
        while (after < tokens.Count && ObjectMarkers.Contains(WordCopies.Of(text, tokens[after])))
        {
            after++;
        }

        return AnyStarts(text, tokens, Math.Max(0, first - DefendReach), Math.Min(DefendReach, first), DefendedBefore)
            || AnyStarts(text, tokens, after, Math.Min(DefendReach, tokens.Count - after), DefendedAfter);
    }

    // Whether any of the count words from the one at from starts with one of the stems, ignoring case. Asked for every name that may
    // be a district taken: the words are lower-cased into a buffer on the stack, not into a string each.
    private static bool AnyStarts(string text, List<Token> tokens, int from, int count, string[] stems)
    {
        Span<char> buffer = stackalloc char[64];
        for (var at = from; at < from + count; at++)
        {
            var word = text.AsSpan(tokens[at].Start, tokens[at].Length);
            ReadOnlySpan<char> lower = word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant().AsSpan();
            foreach (var stem in stems)
            {
                if (lower.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name is a place something happens near ("crossed near Ishkashim", "در نزدیکی اشکاشم وارد … شدند", "اشکاشم کے قریب …
    /// میں داخل", "د اشکاشم ترڅنګ"): the settlement, whatever verb of entering or taking follows (the README's rule 3).
    /// </summary>
    private static bool NamedNear(string text, List<Token> tokens, int first, int last) =>
        (first > 0 && IsNearWord(WordCopies.Of(text, tokens[first - 1])))
        || Enumerable.Range(last + 1, Math.Min(NearAfterReach, tokens.Count - last - 1)).Any(at => NearAfter.Contains(WordCopies.Of(text, tokens[at])));

    /// <summary>Whether a word is "near" written before a name ("near", "bei", "près", "dekat", "у", "наздикии", "نزدیکی", "قرب").</summary>
    public static bool IsNearWord(string word) => NearBefore.Contains(word);

    private static readonly HashSet<string> NearBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "near", "bei", "près", "dekat", "у", "около", "возле", "наздикии", "назди", "نزدیکی", "نزدیک", "قرب", "بالقرب",
    };

    // Urdu "کے قریب" and Pashto "ترڅنګ" (beside) follow the name.
    private static readonly HashSet<string> NearAfter = new(StringComparer.Ordinal) { "قریب", "ترڅنګ" };

    private const int NearAfterReach = 2;

    /// <summary>
    /// Whether the word at <paramref name="at"/> is the "and" right before the name that joins it to a capitalised list item before
    /// ("взяли Намакаб и Ходжагар", where the first item is no known name): the verb before that item is the name's too.
    /// </summary>
    private static bool UnreadListItemBefore(string text, List<Token> tokens, int first, int at) =>
        at == first - 1 && at > 0 && Joiners.Contains(WordCopies.Of(text, tokens[at])) && char.IsUpper(text[tokens[at - 1].Start])
        && !HasClauseBreak(text, tokens[at - 1].End, tokens[first].Start);

    /// <summary>
    /// Where the clause goes on after the name: after an apposition set off by commas right after it ("ба Зебок, охирин ноҳия …,
    /// ворид шуданд", entered Zebak, the last district …), whose verb closes the clause; else right after the name.
    /// </summary>
    private static int AfterApposition(string text, List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || !HasComma(text, tokens[last].End, tokens[last + 1].Start))
        {
            return last + 1;
        }

        for (var at = last + 2; at < tokens.Count && at - last <= MaxApposition; at++)
        {
            if (HasClauseBreak(text, tokens[at - 1].End, tokens[at].Start))
            {
                return HasComma(text, tokens[at - 1].End, tokens[at].Start) && !Joiners.Contains(WordCopies.Of(text, tokens[at])) ? at : last + 1;
            }
        }

        return last + 1;
    }

    private const int MaxApposition = 10;

    private static bool HasComma(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(',', '،') >= 0;

    private static bool StopsWalk(string text, List<Token> tokens, int at, int previous) =>
        HasClauseBreak(text, Math.Min(tokens[at].End, tokens[previous].End), Math.Max(tokens[at].Start, tokens[previous].Start)) || (Joiners.Contains(WordCopies.Of(text, tokens[at])) && !KindCues.IsHyphenEzafe(text, tokens[at]));

    /// <summary>
    /// Whether a word of a settlement stands beside the name ("the bazaar of Jurm", "Nusay, the centre of …"): then it is the town. A
    /// settlement word after the name past a clause break is no part of it: "entered Zebak and Jurm, a resident of Fayzabad said",
    /// "вошли в Зебак и Джурм, рассказал житель Файзабада" name the speaker's town, not Jurm's residents. A clause that opens by saying
    /// whose it is, is the name's own: "from Nad Ali, whose bazaar they have held", "dari Nad Ali, yang pasarnya …", "со стороны
    /// Наде-Али, базар которого …".
    /// </summary>
    public static bool NearSettlementWord(string text, List<Token> tokens, int first, int last)
    {
        for (var at = Math.Max(0, first - SettlementReach); at < Math.Min(tokens.Count, last + SettlementReach + 1); at++)
        {
            var lower = WordCopies.Lower(text, tokens[at]);
            var ownClause = at <= last || !HasClauseBreak(text, tokens[last].End, tokens[at].Start) || InOwnersClause(text, tokens, last, at);
            var settlement = (ownClause && (StartsWithAny(lower, SettlementStems) || IsAreaWord(text, tokens, at, lower)))
                || (at < first && EndsWithAny(lower, TownCompoundEndings))
                || (at > last && StartsWithAny(lower, CentreStems))
                || (at == first - 1 && at > 0 && IsCentreOfDistrictBefore(text, tokens, at, lower));
            if ((at < first || at > last) && settlement)
            {
                return true;
            }
        }

        return false;
    }

    // Whether word at stands in a relative clause of possession that opens with a comma right after the name: its first word says whose
    // ("whose", "dessen", "dont", "yang" before a word with "-nya"), or the word after the settlement word does ("базар которого").
    private static bool InOwnersClause(string text, List<Token> tokens, int last, int at) =>
        at > last + 1 ? HasComma(text, tokens[last].End, tokens[last + 1].Start) && !HasClauseBreak(text, tokens[last + 1].End, tokens[at].Start)
            && OwnersRelatives.Contains(WordCopies.Lower(text, tokens[last + 1]))
            && (WordCopies.Lower(text, tokens[last + 1]) != "yang" || WordCopies.Lower(text, tokens[at]).EndsWith("nya", StringComparison.Ordinal))
        : at == last + 1 && at + 1 < tokens.Count && HasComma(text, tokens[last].End, tokens[at].Start) && !HasClauseBreak(text, tokens[at].End, tokens[at + 1].Start)
            && OwnersRelativesAfter.Contains(WordCopies.Lower(text, tokens[at + 1]));

    private static readonly HashSet<string> OwnersRelatives = new(StringComparer.Ordinal) { "whose", "dessen", "deren", "dont", "yang" };

    private static readonly HashSet<string> OwnersRelativesAfter = new(StringComparer.Ordinal) { "которого", "которой", "которых", "чей" };

    // A checkpoint is named by the word for control ("an einem Kontrollpunkt", "à un poste de contrôle", "на контрольно-пропускном
    // пункте", "at a control post"): no verb of holding, so a road's end after it ("on the road from Kunduz to Aliabad") is not taken.
    private static readonly string[] PostCompoundEndings = ["punkt", "posten", "stelle"];

    private static bool NamesAPost(string text, List<Token> tokens, int at)
    {
        var lower = WordCopies.Lower(text, tokens[at]);
        return EndsWithAny(lower, PostCompoundEndings) || lower.StartsWith("контрольн", StringComparison.Ordinal)
            || (at + 1 < tokens.Count && KindCues.IsPostWord(WordCopies.Of(text, tokens[at + 1])))
            || (at >= 2 && KindCues.IsPostWord(WordCopies.Of(text, tokens[at - 2])) && WordCopies.Lower(text, tokens[at - 1]) is "de" or "of" or "du");
    }

    private const int PostReach = 4;

    /// <summary>
    /// Whether the name says where a post stands ("who left their post at Ishkashim", "покинувших свой пост в Ишкашиме", "посгоҳи худро
    /// дар Ишкошим тарк карданд", "په اشکاشم کې یې خپله پوسته پرېښې", "اشکاشم میں اپنی چوکی چھوڑنے"): what was left is the post, and
    /// the name is the place it stood at (the README's rule 3), not the district given up. A post word within a few words of the name, in
    /// its clause, decides.
    /// </summary>
    private static bool PostAt(string text, List<Token> tokens, int first, int last)
    {
        for (var at = first - 1; at >= 0 && first - at <= PostReach && !HasClauseBreak(text, tokens[at].End, tokens[at + 1].Start); at--)
        {
            if (KindCues.IsPostWord(WordCopies.Of(text, tokens[at])))
            {
                return true;
            }
        }

        for (var at = last + 1; at < tokens.Count && at - last <= PostReach && !HasClauseBreak(text, tokens[at - 1].End, tokens[at].Start); at++)
        {
            if (KindCues.IsPostWord(WordCopies.Of(text, tokens[at])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCentreOfDistrictBefore(string text, List<Token> tokens, int centre, string lower)
    {
        var owner = WordCopies.Of(text, tokens[centre - 1]);
        return StartsWithAny(lower, CentreStems) && !HasClauseBreak(text, tokens[centre - 1].End, tokens[centre].Start)
            && (GenitivesBeforeCentre.Contains(owner) || KindCues.KindOf(owner) == PlaceKinds.District);
    }

    private static bool Is(string lower, string[] stems, HashSet<string> words)
    {
        var bare = lower.Length > 3 && lower[0] == 'و' ? lower[1..] : lower;
        return words.Contains(lower) || words.Contains(bare) || StartsWithAny(lower, stems) || StartsWithAny(bare, stems);
    }

    // Loops, not closures: the words around every name are read against these lists.
    private static bool StartsWithAny(string lower, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(string lower, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SamePoint(Place a, Place b) => Math.Abs(a.Lat - b.Lat) < 1e-4 && Math.Abs(a.Lon - b.Lon) < 1e-4;

    private static bool HasClauseBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;
}
