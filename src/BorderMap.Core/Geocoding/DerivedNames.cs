using System.Globalization;
using System.Text;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// Perso-Arabic spellings of the border provinces' districts and villages that the sources give only in Latin or Tajik script
/// (Namak Āb, Bangī, Wardūj, Yamgān, Khāsh; Tajik Мурғоб, Рузвай), and their Arabic forms, derived by rule when the gazetteer is loaded, so the
/// build stays the packages' data as they are. The rules are the standard letter correspondences:
/// <list type="bullet">
/// <item>GeoNames' Latin names mark the long vowels that Persian writes (ā ا, ī ē ی, ū ō و) and leave the short ones unmarked,
/// which Persian does not write; a first vowel is written ا (ā آ), a final a or ah is ه, a final i is ی, ‘ is ع, "wa" (and) is و,
/// and the ezafe ("Dasht-e Qal‘ah") is not written.</item>
/// <item>GeoNames marks the letters of Arabic sounds (ş ص, ḩ ح, ţ ط, ẕ ذ, ż ض, z̧ ظ) and Pashto's retroflex ones (ṟ ړ, ṉ ڼ, ṯ ټ, ḏ ډ), and
/// writes a hamza between two vowels ’, which Persian seats on ی ("Pā’īn", پایین).</item>
/// <item>Tajik is Persian in Cyrillic letters: о is ا, ӣ ی, ӯ و, and the short а и е are written only first (ا) or last (ه, ی);
/// у and a medial и are long or short, so both readings are made.</item>
/// <item>Arabic lacks p, ch, g and zh, and writes the Persian names of every place of those provinces (rivers and passes too)
/// with ب, ج, غ ك or ج ("لنگر" → لنغر, "کوکچه" → كوكجة).</item>
/// <item>A Latin name that marks no long vowel (the Tajik places') leaves vowel length open, so its first medial a and i are read
/// long as well as short ("Yavan" → یون and یاون); Arabic, which lacks v, writes a Tajik в as ف ("Ёвон" → يافان).</item>
/// <item>Arabic and Urdu writers also spell a Tajik place's Latin name letter by letter, o and u as و ("كولوب", "نورک"):
/// <see cref="LetterByLetter"/>.</item>
/// </list>
/// Reports also leave off the h that GeoNames writes for a final ه in Latin (<see cref="WithoutFinalH"/>).
/// Afghan districts elsewhere that GeoNames names only in its own romanisation get writers' Latin spellings of it (<see cref="WithEzafeSpellings"/>),
/// and, guarded against common words and other places' names, its Persian spelling and the Arabic forms (<see cref="AwayFromBorder"/>).
/// Every Afghan district also gets the German, Russian and Tajik writers' spellings of its Latin names (<see cref="WritersLatinSpellings"/>).
/// A derived spelling that misses the usual one costs nothing (it matches no text); one of fewer than three letters is not made.
/// </summary>
public static class DerivedNames
{
    /// <summary>The language tag of a derived name: Persian script, which the folding makes match Pashto, Urdu and Arabic letter forms too.</summary>
    public const string Language = "fa";

    // The provinces on or near the border, whose districts and villages the reports name.
    private static readonly HashSet<string> BorderProvinces = new(StringComparer.Ordinal)
    {
        "AF-BDS", "AF-TAK", "AF-KDZ", "AF-BAL", "AF-JOW", "TJ-GB", "TJ-KT",
        // Baghlan lies on the highway from Kabul to the border, and the reports name its districts as they fall (Doshi, Tala wa Barfak).
        "AF-BGL",
        // Tajikistan's Region of Republican Subordination lies behind the border provinces, and the reports name the districts whose
        // reservists it calls up (Tavildara, Rasht).
        "TJ-RA",
    };

    private const int MinLetters = 3;

    // A derived spelling that is a Persian number word is made only with the place's kind word: Tajik Панҷ gives پنج, five, which
    // reports write beside the district's kind word when they mean the place ("ناحیه پنج", "پنج ولسوالۍ", "ضلع پنج"). The gazetteer
    // believes a name with its kind word apart only where a kind word names that kind; the kind word is put after the name, where
    // Persian never writes it, so that the text's "ناحیه پنج" is the name "پنج" beside a kind word, as the reports' other districts are.
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صد", "هزار" };
    private const int MaxReadings = 4;

    /// <summary>
    /// The places with their derived names (<see cref="AddTo(Place)"/>), and then the Afghan districts and towns away from the border
    /// with theirs (<see cref="AwayFromBorder"/>), but for a spelling that another place has already: a report that writes it means
    /// that place, which the sources or the border provinces' rules name so (Badghis' Murghāb derives مرغاب, Tajik Murghob's name).
    /// </summary>
    public static IReadOnlyList<Place> AddTo(IEnumerable<Place> places)
    {
        var named = places.Select(p => (Place: AddTo(p), SourcesPersian: p.AllNames.Any(n => IsPersoArabic(n.Text)))).ToList();
        var owners = named.SelectMany(p => p.Place.AllNames.Where(n => IsPersoArabic(n.Text)).Select(n => (Key: NameTokens.Key(n.Text), p.Place.Id)))
            .ToLookup(n => n.Key, n => n.Id, StringComparer.Ordinal);
        return [.. named.Select(p => AwayFromBorder(p.Place, p.SourcesPersian, spelling => owners[NameTokens.Key(spelling)].Any(id => id != p.Place.Id)))];
    }

    /// <summary>The place with its derived names (<see cref="Derived"/>) and its writers' Latin spellings (<see cref="WritersLatinSpellings"/>).</summary>
    private static Place AddTo(Place place) => WritersLatinSpellings.AddTo(Derived(place));

    /// <summary>
    /// The place with the Perso-Arabic spellings derived from its Latin or Tajik name added, where it has none of its own, the
    /// Arabic forms of its Persian names (<see cref="ArabicForms"/>) and its Latin names without a final h (<see cref="WithoutFinalH"/>);
    /// an Afghan district away from the border with its writers' Latin spellings (<see cref="WithEzafeSpellings"/>).
    /// </summary>
    private static Place Derived(Place place)
    {
        if (!BorderProvinces.Contains(place.Admin1) || place.Kind is PlaceKinds.Country or PlaceKinds.Admin1)
        {
            return place.Country == "AF" && place.Kind == PlaceKinds.District ? WithEzafeSpellings(place) : place;
        }

        // Arabic forms only of the sources' own Persian names: a derived name is a guess already, and a guess of a guess may make a
        // common word (Rogun → رگن → ركن, Urdu "member").
        var arabic = place.AllNames.Where(n => IsPersoArabic(n.Text)).SelectMany(n => ArabicForms(n.Text))
            .Where(a => !place.AllNames.Any(n => n.Text == a)).Distinct(StringComparer.Ordinal).Select(a => new PlaceName("ar", a)).ToList();
        var lighter = place.AllNames.Select(n => WithoutFinalH(n.Text)).OfType<string>()
            .Where(l => !place.AllNames.Any(n => n.Text == l)).Distinct(StringComparer.Ordinal).Select(l => new PlaceName("en", l)).ToList();
        lighter.AddRange(RiverForms(place).Where(f => !place.AllNames.Any(n => n.Text == f)).Select(f => new PlaceName(Language, f)));
        var withArabic = arabic.Count + lighter.Count == 0 ? place : place with { Names = [.. place.Names, .. arabic, .. lighter] };
        var settled = place.Kind is PlaceKinds.District or PlaceKinds.PopulatedPlace;
        var ownPersian = place.AllNames.Any(n => IsPersoArabic(n.Text));
        var withPersian = settled && !ownPersian ? WithPersian(withArabic) : withArabic;
        return settled && place.Country == "TJ" ? WithLetterByLetter(withPersian, ownPersian)
            : place.Kind == PlaceKinds.District ? WithArabicLetterByLetter(withPersian) : withPersian;
    }

    /// <summary>
    /// An Afghan district with its writers' Latin names as Arabic writers spell them, every vowel written in Arabic's letters as they
    /// read it (<see cref="LetterByLetter.Reading.Arabic"/>: "Nusay" → نوساي, where Persian writes نسی), as they spell the Tajik places'.
    /// Only names that mark no long vowel: GeoNames' own romanisation is spelt as Persian spells it. A spelling of fewer than
    /// <see cref="MinLettersAlone"/> letters is not made, as the shortest are the likeliest to be Arabic words.
    /// </summary>
    private static Place WithArabicLetterByLetter(Place place)
    {
        var spelt = place.AllNames.Where(n => n.Language is "" or "en" && IsLatin(n.Text) && !MarksLongVowels(n.Text))
            .Select(n => LetterByLetter.Spell(n.Text, LetterByLetter.Reading.Arabic))
            .Where(s => s.Count(char.IsLetter) >= MinLettersAlone && !place.AllNames.Any(o => o.Text == s))
            .Distinct(StringComparer.Ordinal).Select(s => new PlaceName("ar", s)).ToList();
        return spelt.Count == 0 ? place : place with { Names = [.. place.Names, .. spelt] };
    }

    /// <summary>
    /// A Tajik place with its Latin names as Arabic, Urdu and Pashto writers spell them letter by letter (<see cref="LetterByLetter"/>):
    /// with every vowel written whether or not it has a Persian name of its own, as they write the name they read ("كولوب", "نوراك"),
    /// not Persian's ("کولاب"); with the short vowels unwritten (in Persian's letters and in Arabic's: "تشوبك") only where it has none to copy, and only for a name with an o or u
    /// (without them that reading is the Persian one <see cref="FromLatin"/> makes). Short spellings are the likeliest to be words:
    /// Sarai's "سری" is Pashto "سړي" (men), and Darvoz's "درووز", whose two و fold into one, the Druze.
    /// </summary>
    private static Place WithLetterByLetter(Place place, bool ownPersian)
    {
        // English and GeoNames' own names: German and French ones spell other sounds with the Latin letters (German j for y). A name
        // that is a Persian number word (Panj, five) is left as it is: it names the border river too, which "نهر بانج" means.
        var latin = place.AllNames.Where(n => n.Language is "" or "en").Select(n => n.Text)
            .Where(t => IsLatin(t) && !MarksLongVowels(t) && !NumberWords.Contains(FromLatin(t)[0]));
        var readings = Enum.GetValues<LetterByLetter.Reading>();
        var spelt = latin.SelectMany(t => readings.Where(r => r is not (LetterByLetter.Reading.ShortVowels or LetterByLetter.Reading.ArabicShortVowels) || (!ownPersian && t.Any(c => c is 'o' or 'u' or 'O' or 'U')))
                .Select(r => new PlaceName(r is LetterByLetter.Reading.Arabic or LetterByLetter.Reading.ArabicShortVowels ? "ar" : "ur", LetterByLetter.Spell(t, r))))
            .Where(n => n.Text.Count(char.IsLetter) >= MinLetters && !NumberWords.Contains(n.Text) && !place.AllNames.Any(o => o.Text == n.Text))
            .DistinctBy(n => n.Text).ToList();
        return spelt.Count == 0 ? place : place with { Names = [.. place.Names, .. spelt] };
    }

    /// <summary>
    /// An Afghan district known only by its GeoNames name, with that name as writers romanise Persian: each ezafe written "-i-" or
    /// left out (GeoNames' "Darah-ye Şūf-e Pā’īn" → "Dara-i-Suf Payin", "Dara-i-Suf-i-Payin", …), two words apart joined, a final h left off, and the hamza
    /// GeoNames writes ’ between vowels as y ("Pā’īn" → "Payin"). Districts with names of their own keep them only: their sources
    /// give the writers' forms.
    /// </summary>
    private static Place WithEzafeSpellings(Place place)
    {
        if (place.AllNames.Count() > 1 || !IsLatin(place.Name))
        {
            return place;
        }

        var readings = new List<string> { string.Empty };
        var (ezafe, afterAnd) = (false, true);
        foreach (var word in place.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (LetterByLetter.IsEzafe(word))
            {
                ezafe = true;
                continue;
            }

            var written = WithHamzaAsY(WithoutFinalH(word) ?? word);
            var and = word is "wa" or "va" or "o";
            // Writers also join two words GeoNames writes apart ("Sār Bāgh" → "Sarbagh"), though never across "and".
            IEnumerable<string> forms = ezafe ? ["-i-" + written, " " + written]
                : afterAnd || and ? [" " + written] : [" " + written, char.ToLowerInvariant(written[0]) + written[1..]];
            readings = [.. readings.SelectMany(r => r.Length == 0 ? [written] : forms.Select(f => r + f)).Take(MaxReadings)];
            (ezafe, afterAnd) = (false, and);
        }

        var spellings = readings.Where(r => r != place.Name).Select(r => new PlaceName("en", r)).ToList();
        return spellings.Count == 0 ? place : place with { Names = [.. place.Names, .. spellings] };
    }

    /// <summary>
    /// An Afghan district or town away from the border provinces with the Arabic forms of its Persian names ("سر پل" → "سر بل"), and
    /// a district also with the Persian spelling of its GeoNames name where none of its Persian names spells it ("Rūy Dūāb" → روی دواب,
    /// "Darah-ye Şūf-e Pā’īn" → دره صوف پایین; Sangchārak, whose only Persian names are its seat's, → سنگچارک), and that spelling's
    /// Arabic forms. Such places are named seldom, and a guessed spelling of one short word is likely a common word of some language
    /// of the region ("آن در", that in, reaches Andar's اندر; Shamal's شمل is "north"; Arabic بل is "but"): a spelling of one word
    /// under <see cref="MinLettersAlone"/> letters, or a guess of several under <see cref="MinLettersApart"/>, is made only with the
    /// place's kind word, which the text must write beside it (<see cref="KindWord"/>), as the number words are; a spelling
    /// <paramref name="isOthers"/> says another place has is not made. In the border provinces, where the places without Persian names
    /// of their own have them derived already (<see cref="WithPersian"/>), a place whose sources give Persian names gets the spelling of
    /// each of its names in GeoNames' romanisation (<see cref="GeoNamesRomanised"/>) that none of them spells, under the same guards.
    /// </summary>
    private static Place AwayFromBorder(Place place, bool sourcesPersian, Func<string, bool> isOthers)
    {
        var border = BorderProvinces.Contains(place.Admin1);
        if (place.Country != "AF" || place.Kind is not (PlaceKinds.District or PlaceKinds.PopulatedPlace) || (border && !sourcesPersian))
        {
            return place;
        }

        var own = place.AllNames.Select(n => n.Text).Where(IsPersoArabic).ToList();
        var ownSkeletons = own.Select(ConsonantSkeleton.OfPersoArabic).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> latin = border ? GeoNamesRomanised(place) : place.Kind == PlaceKinds.District ? [place.Name] : [];
        // A spelling whose consonants are part of a Persian name's is that name cut short, or a word of it ("Dahāna", دهانه, a valley's
        // mouth, of حکومتی دهنه غوری), no second name.
        var derived = latin.SelectMany(FromLatin).Where(d => d.Count(char.IsLetter) >= MinLetters && !ownSkeletons.Any(o => o.Contains(ConsonantSkeleton.OfPersoArabic(d), StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).ToList();
        var guessed = derived.Select(d => new PlaceName(Language, d)).Concat(derived.SelectMany(ArabicForms).Select(a => new PlaceName("ar", a)));
        // A border place has the Arabic forms of its Persian names already (Derived).
        var ownArabic = border ? [] : own.SelectMany(ArabicForms).Select(a => new PlaceName("ar", a));
        bool IsNew(PlaceName name) => !own.Contains(name.Text) && !isOthers(name.Text);
        // The Arabic form of a source's own name is as sure as that name, which stands alone already: only a short word needs more.
        var names = guessed.Where(IsNew).Select(n => n with { Text = Guarded(n.Text, place, guess: true) })
            .Concat(ownArabic.Where(IsNew).Select(n => n with { Text = Guarded(n.Text, place, guess: false) })).DistinctBy(n => n.Text).ToList();
        return names.Count == 0 ? place : place with { Names = [.. place.Names, .. names] };
    }

    /// <summary>
    /// A place's Latin names in GeoNames' romanisation, which marks the long vowels Persian writes, so that its Persian spelling is
    /// sure but for the short vowels: a second name the sources give only in Latin (the seat Banū, بنو, is also "Andarāb", the
    /// valley and district it lies in, which Persian, Pashto, Urdu and Arabic writers spell اندراب).
    /// </summary>
    private static IEnumerable<string> GeoNamesRomanised(Place place) =>
        place.AllNames.Where(n => n.Language is "" or "en" && IsLatin(n.Text) && MarksLongVowels(n.Text)).Select(n => n.Text);

    private const int MinLettersAlone = 5;

    // Short words joined make common phrases as well ("ده یک", ten-one, for Deh Yak; "آب بند", a dam, for Āb Band; "شیخ علی", a man's
    // name, for Shaykh ‘Alī): a guessed spelling of several words needs more letters to stand alone.
    private const int MinLettersApart = 7;

    private static string Guarded(string spelling, Place place, bool guess)
    {
        var several = spelling.Contains(' ', StringComparison.Ordinal);
        var needed = several && guess ? MinLettersApart : several ? 0 : MinLettersAlone;
        return spelling.Count(char.IsLetter) >= needed ? spelling : $"{spelling} {KindWord(place)}";
    }

    /// <summary>The word with the hamza GeoNames marks ’ between vowels written y, as writers romanise it ("Pā’īn" → "Pāyīn").</summary>
    internal static string WithHamzaAsY(string word) => new([.. word.Select(c => c is '’' or 'ʼ' or '\'' ? 'y' : c)]);

    private static bool MarksLongVowels(string latin) => Letters(latin.ToLowerInvariant()).Any(c => c is 'ā' or 'ī' or 'ū' or 'ē' or 'ō');

    // The river words Persian and Urdu join to a river's name with the ezafe ("دریای پامیر", "دریائے پامیر", "رود پامیر"), which the
    // name's span takes in.
    private static readonly string[] RiverWords = ["رود ", "دریای ", "دریائے "];

    /// <summary>
    /// A border river's Perso-Arabic name with each river word ("دریائے پامیر" from "رود پامیر"); bare river names are not made, as
    /// "پنج" is five.
    /// </summary>
    private static IEnumerable<string> RiverForms(Place place)
    {
        if (place.Kind != PlaceKinds.River)
        {
            return [];
        }

        var bare = place.AllNames.Select(n => n.Text).Where(IsPersoArabic)
            .Select(n => RiverWords.FirstOrDefault(w => n.StartsWith(w, StringComparison.Ordinal)) is { } word ? n[word.Length..] : n);
        return bare.Where(b => b.Length >= MinLetters).SelectMany(b => RiverWords.Select(w => w + b)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// A Latin name with the h of a word-final -ah or -eh left off, as reports write the Persian final ه ("Tālah wa Barfak" → Tāla wa
    /// Barfak, "Dasht-e Qal‘ah" → Dasht-e Qal‘a, "Dahanah-ye Ghōrī" → Dahana-ye Ghōrī); null when no word of five letters or more ends so.
    /// Shorter words keep their h: "Shāh" and "Chāh" are not "Shā" and "Chā".
    /// </summary>
    public static string? WithoutFinalH(string name)
    {
        if (!IsLatin(name))
        {
            return null;
        }

        var lighter = new StringBuilder(name.Length);
        var letters = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordEnds = i + 1 == name.Length || name[i + 1] is ' ' or '-';
            if (wordEnds && c is 'h' && letters >= MinLettersBeforeFinalH && Letters(name[i - 1].ToString()) is "a" or "e" or "ā" or "ē")
            {
                letters = 0;
                continue;
            }

            letters = c is ' ' or '-' ? 0 : letters + (char.IsLetter(c) ? 1 : 0);
            lighter.Append(c);
        }

        return lighter.Length < name.Length ? lighter.ToString() : null;
    }

    private const int MinLettersBeforeFinalH = 4;

    // Arabic has no p, ch, g or zh: it writes پ as ب, چ as ج or تش, گ as غ, ك or ج, ژ as ج ("لنگر" → لنغر, "کوکچه" → كوكجة,
    // "چال" → تشال).
    private static readonly Dictionary<char, string[]> ArabicLetters = new()
    {
        ['پ'] = ["ب"], ['چ'] = ["ج", "تش"], ['گ'] = ["غ", "ك", "ج"], ['ژ'] = ["ج"],
    };

    // Arabic writes a Persian name's "lower" and "upper" as its own adjectives with the article, after the name as Persian does
    // ("دره صوف پایین" → "دره صوف السفلى").
    private static readonly Dictionary<string, string> ArabicAdjectives = new(StringComparer.Ordinal)
    {
        ["پایین"] = "السفلى", ["پائین"] = "السفلى", ["بالا"] = "العليا",
    };

    /// <summary>
    /// The forms an Arabic text gives a Persian name: "lower" and "upper" in Arabic (<see cref="ArabicAdjectives"/>), and the letters
    /// Arabic lacks as it writes them (<see cref="ArabicSpellings"/>); none for a name Arabic writes as Persian does.
    /// </summary>
    public static IEnumerable<string> ArabicForms(string persian)
    {
        var translated = string.Join(' ', persian.Split(' ').Select(w => ArabicAdjectives.GetValueOrDefault(w, w)));
        var spelt = ArabicSpellings(translated).ToList();
        return spelt.Count > 0 ? spelt : translated != persian ? [translated] : [];
    }

    /// <summary>The spellings an Arabic text gives a Persian name with letters Arabic lacks (none for a name without them).</summary>
    public static IEnumerable<string> ArabicSpellings(string persian)
    {
        if (!persian.Any(ArabicLetters.ContainsKey))
        {
            return [];
        }

        var readings = new List<string> { string.Empty };
        foreach (var c in persian)
        {
            var options = ArabicLetters.GetValueOrDefault(c) ?? [c.ToString()];
            readings = [.. readings.SelectMany(r => options.Select(o => r + o)).Take(MaxReadings)];
        }

        return readings;
    }

    private static Place WithPersian(Place place)
    {

        // A Tajik place's Russian name keeps the Tajik letters' values where it has no Tajik one (Фархор).
        var tajik = place.Names.Where(n => n.Language == "tg" || (n.Language == "ru" && place.Country == "TJ")).Select(n => n.Text);
        var derived = tajik.SelectMany(FromTajik).Concat(FromLatin(place.Name))
            .Where(d => d.Count(char.IsLetter) >= MinLetters).Select(d => NumberWords.Contains(d) ? $"{d} {KindWord(place)}" : d).Distinct(StringComparer.Ordinal).ToList();
        // Arabic has no v and writes a Tajik в as ف ("Ёвон" → يافان), where Persian writes و.
        var arabic = tajik.Select(t => t.ToLowerInvariant()).Where(t => t.Contains('в', StringComparison.Ordinal)).SelectMany(t => FromTajik(t.Replace('в', 'ф')))
            .Where(a => a.Count(char.IsLetter) >= MinLetters && !NumberWords.Contains(a)).Distinct(StringComparer.Ordinal).Select(a => new PlaceName("ar", a)).ToList();
        return derived.Count + arabic.Count == 0 ? place : place with { Names = [.. place.Names, .. derived.Select(d => new PlaceName(Language, d)), .. arabic] };
    }

    private static string KindWord(Place place) => place.Kind == PlaceKinds.District ? "ناحیه" : "شهر";

    private static bool IsPersoArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>Whether a name is written in Latin letters: neither in Arabic script nor in Cyrillic.</summary>
    internal static bool IsLatin(string text) => !IsPersoArabic(text) && !text.Any(c => c is >= '\u0400' and <= '\u04FF');

    /// <summary>
    /// The Persian spellings of a GeoNames Latin name, its own first ("Namak Āb" → نمک آب, "Khwājah Ghār" → خواجه غار). A name that
    /// marks no long vowel ("Yavan", "Tavildara", the Tajik places' Latin names) does not say which of its vowels are long, and Urdu
    /// and Arabic writers put ا and ی where they hear them ("یاون", "تاویلدرہ"): its first medial a and i are read long as well as
    /// short, at most <see cref="MaxReadings"/> readings.
    /// </summary>
    public static IReadOnlyList<string> FromLatin(string name)
    {
        IEnumerable<LongVowels> readings = MarksLongVowels(name) ? [LongVowels.None] : [LongVowels.None, LongVowels.A, LongVowels.I, LongVowels.A | LongVowels.I];
        return [.. readings.Select(r => LatinSpelling(name, r)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Which of a word's unmarked vowels a reading writes long: the first medial a (ا), the first medial i (ی).</summary>
    [Flags]
    private enum LongVowels { None = 0, A = 1, I = 2 }

    private static string LatinSpelling(string name, LongVowels longVowels)
    {
        var words = name.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("e" or "i" or "ye")).Select(w => w is "wa" or "va" ? "و" : LatinWord(w, longVowels));
        return string.Join(' ', words);
    }

    private static readonly (string Latin, string Persian)[] LatinDigraphs = [("kh", "خ"), ("gh", "غ"), ("sh", "ش"), ("ch", "چ"), ("zh", "ژ")];

    // GeoNames' letters for the Arabic sounds and for Pashto's own (its retroflex ṟ ṉ ṯ ḏ: "Andaṟ", "Jaṉda"), as a letter and its
    // combining mark: cedilla, macron below, dot above. z̧ has no precomposed letter and is kept as ʐ.
    private static readonly Dictionary<(char Letter, char Mark), char> ArabicSounds = new()
    {
        [('s', '\u0327')] = 'ş', [('h', '\u0327')] = 'ḩ', [('t', '\u0327')] = 'ţ', [('z', '\u0331')] = 'ẕ', [('z', '\u0307')] = 'ż',
        [('z', '\u0327')] = 'ʐ', [('r', '\u0331')] = 'ṟ', [('n', '\u0331')] = 'ṉ', [('t', '\u0331')] = 'ṯ', [('d', '\u0331')] = 'ḏ',
    };

    private static readonly Dictionary<char, string> LatinLetters = new()
    {
        ['b'] = "ب", ['p'] = "پ", ['t'] = "ت", ['j'] = "ج", ['d'] = "د", ['r'] = "ر", ['z'] = "ز", ['s'] = "س", ['f'] = "ف",
        ['q'] = "ق", ['k'] = "ک", ['g'] = "گ", ['l'] = "ل", ['m'] = "م", ['n'] = "ن", ['w'] = "و", ['v'] = "و", ['y'] = "ی",
        ['h'] = "ه", ['c'] = "ک", ['x'] = "کس", ['ā'] = "ا", ['ī'] = "ی", ['ē'] = "ی", ['ū'] = "و", ['ō'] = "و",
        ['‘'] = "ع", ['’'] = "ع", ['\''] = "ع", ['`'] = "ع", ['ş'] = "ص", ['ḩ'] = "ح", ['ţ'] = "ط", ['ẕ'] = "ذ", ['ż'] = "ض", ['ʐ'] = "ظ",
        ['ṟ'] = "ړ", ['ṉ'] = "ڼ", ['ṯ'] = "ټ", ['ḏ'] = "ډ",
    };

    private static string LatinWord(string word, LongVowels longVowels)
    {
        var letters = Letters(word);
        var persian = new StringBuilder();
        var (firstA, firstI) = (letters.IndexOf('a', 1), letters.IndexOf('i', 1));
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var digraph = LatinDigraphs.FirstOrDefault(d => string.CompareOrdinal(letters, i, d.Latin, 0, 2) == 0);
            if (digraph.Latin is not null)
            {
                AppendOnce(persian, digraph.Persian);
                i++;
            }
            else if (i == 0 && IsVowel(c))
            {
                persian.Append(c == 'ā' ? "آ" : c is 'ī' or 'ē' ? "ای" : c is 'ū' or 'ō' ? "او" : "ا");
            }
            else if (c is 'a' or 'e' && (i == letters.Length - 1 || (i == letters.Length - 2 && letters[^1] == 'h')))
            {
                persian.Append('ه');
                break;
            }
            else if (c == 'i' && i == letters.Length - 1)
            {
                persian.Append('ی');
            }
            else if (c == '’' && i > 0 && i + 1 < letters.Length && IsVowel(letters[i - 1]) && IsVowel(letters[i + 1]))
            {
                // GeoNames' hamza between two vowels, which Persian seats on ی ("Pā’īn", پایین).
                persian.Append('ی');
            }
            else if ((i == firstA && longVowels.HasFlag(LongVowels.A)) || (i == firstI && longVowels.HasFlag(LongVowels.I)))
            {
                persian.Append(c == 'a' ? 'ا' : 'ی');
            }
            else if (LatinLetters.TryGetValue(c, out var letter))
            {
                AppendOnce(persian, letter);
            }
        }

        return persian.ToString();
    }

    // The word's letters without marks other than the macron of a long vowel and the marks GeoNames puts on the letters of the
    // Arabic sounds (ş ص, ḩ ح, ţ ط, ẕ ذ, ż ض, z̧ ظ: "Şāḩib" → "şāḩib", صاحب) and Pashto's (ṟ ړ, ṉ ڼ, ṯ ټ, ḏ ډ).
    private static string Letters(string word)
    {
        var kept = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c == '\u0304' && kept.Length > 0 && kept[^1] is 'a' or 'i' or 'u' or 'e' or 'o')
            {
                kept[^1] = kept[^1] switch { 'a' => 'ā', 'i' => 'ī', 'u' => 'ū', 'e' => 'ē', _ => 'ō' };
            }
            else if (kept.Length > 0 && ArabicSounds.TryGetValue((kept[^1], c), out var marked))
            {
                kept[^1] = marked;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ā' or 'ī' or 'ū' or 'ē' or 'ō';

    // Persian writes a doubled consonant once ("Bahārak" has no double, "Tālluqān" would).
    private static void AppendOnce(StringBuilder persian, string letter)
    {
        if (persian.Length == 0 || letter.Length != 1 || persian[^1] != letter[0] || letter[0] is 'ا' or 'و' or 'ی')
        {
            persian.Append(letter);
        }
    }

    private static readonly Dictionary<char, string> TajikLetters = new()
    {
        ['б'] = "ب", ['п'] = "پ", ['т'] = "ت", ['с'] = "س", ['з'] = "ز", ['ҷ'] = "ج", ['ч'] = "چ", ['ҳ'] = "ه", ['х'] = "خ",
        ['д'] = "د", ['р'] = "ر", ['ж'] = "ژ", ['ш'] = "ش", ['ғ'] = "غ", ['ф'] = "ف", ['қ'] = "ق", ['к'] = "ک", ['г'] = "گ",
        ['л'] = "ل", ['м'] = "م", ['н'] = "ن", ['в'] = "و", ['й'] = "ی", ['о'] = "ا", ['ӣ'] = "ی", ['ӯ'] = "و", ['ъ'] = "ع",
        ['я'] = "یا", ['ю'] = "یو", ['ё'] = "یا",
    };

    /// <summary>The Persian spellings a Tajik name may stand for ("Мурғоб" → مرغاب and مورغاب, "Рузвай" → روزوی and رزوی).</summary>
    public static IEnumerable<string> FromTajik(string name)
    {
        var readings = new List<string> { string.Empty };
        foreach (var word in name.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var wordReadings = TajikWord(word);
            readings = [.. readings.SelectMany(r => wordReadings.Select(w => r.Length == 0 ? w : r + " " + w)).Take(MaxReadings)];
        }

        return readings.Where(r => r.Length > 0);
    }

    private static List<string> TajikWord(string word)
    {
        var readings = new List<string> { string.Empty };
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var (first, last) = (i == 0, i == word.Length - 1);
            string[] options = c switch
            {
                'а' or 'и' or 'е' or 'э' or 'у' when first => ["ا"],
                'а' when last => ["ه"],
                'и' or 'е' when last => ["ی"],
                'а' or 'е' or 'э' => [string.Empty],
                'и' => [string.Empty, "ی"],
                'у' => ["و", string.Empty],
                _ => [TajikLetters.GetValueOrDefault(c, string.Empty)],
            };
            readings = [.. readings.SelectMany(r => options.Select(o => r + o)).Take(MaxReadings)];
        }

        return readings;
    }
}
