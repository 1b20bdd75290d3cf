using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;

namespace BorderMap.Core.Extraction;

// Whether a word found as a name is one in running text: the filters of common words, people's names, numbers, short words folded
// onto a name, and small towns whose only evidence is a capital letter at a sentence's start.
public sealed partial class MentionFinder
{
    private const double SmallTownPrior = 0.6;
    private const int ShortKey = 4;

    // cued: the matches were guessed for a word beside a kind word ("مديرية بنكي"), which is the evidence a short word otherwise lacks.
    private bool Plausible(string text, List<Token> tokens, int first, int last, List<NameMatch> matches, string? language, List<TextSpan> datelines, bool cued = false)
    {
        var important = matches.Any(m => m.Name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital);
        if (InCreditOrBuildingName(text, tokens, first, last, matches, important) || IsSurnameOrCampName(text, tokens, first, last, matches, important))
        {
            return false;
        }

        if (first != last)
        {
            return !CommonWordsApart(text, tokens, first, last, matches, language, important);
        }

        var word = WordCopies.Of(text, tokens[first]);
        // A word in capitals in a dateline ("TERMEZ, Uzbekistan, July 11 –") is a place: there the capitals are the evidence.
        if (word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && datelines.Any(d => d.Start <= tokens[first].Start && tokens[first].End <= d.End))
        {
            return true;
        }

        var key = FoldedWords.Of(word);
        if (IsOtherWord(text, tokens, first, word, key, matches, language, important) || IsGuessNotStandingAlone(text, tokens, first, word, matches))
        {
            return false;
        }

        var focus = matches.Any(m => m.Name.Place.Country is "AF" or "TJ");
        if (IsShortWordOnlyFolded(word, key, matches, language, cued) || IsFirstName(text, tokens, last, matches, language, focus))
        {
            return false;
        }

        return focus || matches.Max(m => PlacePrior.Of(m.Name.Place)) >= SmallTownPrior || !StartsSentence(text, tokens[first].Start);
    }

    // A name in a photo credit or a credited name is a person's; beside a building word ("the Eidgah mosque", "мечети Идгах"), a name no
    // place of Afghanistan or Tajikistan has is the building's own.
    private static bool InCreditOrBuildingName(string text, List<Token> tokens, int first, int last, List<NameMatch> matches, bool important) =>
        CommonWords.InPhotoCredit(text, tokens[first].Start) || ArticleStructure.InCreditedName(text, tokens[first].Start)
        || (!important && !matches.Exists(m => m.Name.Place.Country is "AF" or "TJ") && LandmarkWords.Beside(text, tokens, first, last));

    // "بشیر نادعلي زاده" (Bashir Nadalizada): a name followed by "زاده" (born of), written apart, is a family name made from it.
    // "Camp Shorabak", "معسكر شورابك", "شورابک کمپ": a name beside a camp word that the gazetteer holds as no camp is the camp's own.
    private static bool IsSurnameOrCampName(string text, List<Token> tokens, int first, int last, List<NameMatch> matches, bool important) =>
        (last + 1 < tokens.Count && SurnameSuffixes.Contains(WordCopies.Of(text, tokens[last + 1])) && OnlySpaceBetween(text, tokens[last], tokens[last + 1]))
        || (!important && !matches.Exists(m => m.Name.Place.Kind == PlaceKinds.Site) && LandmarkWords.NamesCamp(text, tokens, first, last));

    // A common word and a suffix written apart ("مرکز یې", its centre) may fold onto a name ("مرکزی", Markazi): no name either. Nor are
    // words whose consonants alone meet a name's when the first is a common word ("نورو کلیو", other villages).
    private static bool CommonWordsApart(string text, List<Token> tokens, int first, int last, List<NameMatch> matches, string? language, bool important) =>
        CommonWords.Blocks(NameKeys.Of(text[tokens[first].Start..tokens[last].End]), language, important)
        || (language is not null && matches.TrueForAll(m => m.Strength <= NameMatcher.Skeleton) && CommonWords.Blocks(FoldedWords.Of(WordCopies.Of(text, tokens[first])), language, important));

    // A single word that is another word of the language: a common word, a kind word, a weekday, a noun after a German article, a
    // people's adjective or nisba, a Tajik tens word, a surname made from a place, or a word in a common word's slot.
    private static bool IsOtherWord(string text, List<Token> tokens, int first, string word, string key, List<NameMatch> matches, string? language, bool important) =>
        CommonWords.Blocks(key, language, important) || KindCues.IsGenericWord(word) || CommonWords.IsWeekday(text, tokens, first)
        || CommonWords.FollowsGermanIndefiniteArticle(text, tokens, first, language) || Demonyms.IsCountryAdjective(word) || Demonyms.IsCountryNisba(word, matches)
        || (language is "fa" or "ur" or "ps" or "ar" && Demonyms.IsPlaceNisba(word, matches)) || IsTajikTensWithAnd(word)
        || IsNisbaSurname(text, tokens, first, word, matches) || IsTajikNisba(word, matches) || IsLatinNisba(word, matches) || CommonWords.InCommonWordSlot(text, tokens, first, language, matches);

    private static bool IsGuessNotStandingAlone(string text, List<Token> tokens, int first, string word, List<NameMatch> matches) =>
        // Guesses (typos, consonants) need a word that stands alone: not the first part of a name joined by its ezafe ("Dacht-e Qala":
        // no Asht; "Наҳри Сароҷ": no Nahrin), nor an Arabic noun with its article ("القتال", the fighting), as names of the region are
        // written without one, nor a kind word with Arabic's "and", "to", "by" written onto it ("ولممر واخان", and to the Wakhan corridor).
        (matches.TrueForAll(m => m.Strength <= NameMatcher.Skeleton) && (StartsEzafeCompound(text, tokens, first) || StartsTajikEzafeCompound(text, tokens, first)
            || word.StartsWith("ال", StringComparison.Ordinal) || KindWordWithProclitics(word)))
        // A guess by consonants alone needs every consonant the word writes: one written twice across a vowel ("کارکنان", staff) is not
        // the single consonant of a name ("Qarqin").
        || (NameTokens.IsArabicScript(word[0]) && matches.TrueForAll(m => m.Strength == NameMatcher.Skeleton && ConsonantSkeleton.RepeatsAcrossVowel(word) > ConsonantSkeleton.RepeatsAcrossVowel(m.Name.Name.Text)))
        // The second word of a Tajik name joined by the ezafe ("Даври Работ", Dowr-e Rabat) is no far-away place on its own (Rabat).
        || (EndsTajikEzafeCompound(text, tokens, first) && !matches.Exists(m => PlacePrior.IsRegional(m.Name.Place) || m.Name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1));

    // Folding merges short words too eagerly (German "Ende" and French "Inde"): a short word must be a name as written. A word joined by
    // the non-joiner is two words ("خم‌آب", Kham Ab), not a short one.
    private static bool IsShortWordOnlyFolded(string word, string key, List<NameMatch> matches, string? language, bool cued) =>
        key.Length <= ShortKey && !cued && !word.Contains('\u200C', StringComparison.Ordinal) && matches.All(m => m.Strength != NameMatcher.Inflected) && !matches.Any(m => SameLetters(m.Name, word)) && !Transliterated(word, key, matches)
        && !WritesPersianName(word, language, matches);

    // "Mary Smith": a town name followed by a capitalised word that starts no place is a person's first name; a town of the region too
    // when that word is a surname by its ending ("Парвина Шарипова", a reporter, is no Parun of Nuristan).
    private bool IsFirstName(string text, List<Token> tokens, int last, List<NameMatch> matches, string? language, bool focus) =>
        (!focus || (last + 1 < tokens.Count && IsSurname(WordCopies.Of(text, tokens[last + 1])))) && matches.All(m => m.Name.Place.Kind != PlaceKinds.Country) && last + 1 < tokens.Count
        && OnlySpaceBetween(text, tokens[last], tokens[last + 1]) && char.IsUpper(text[tokens[last + 1].Start])
        && Longest(text, tokens, last + 1, i => FoldedWords.Of(WordCopies.Of(text, tokens[i])), language).Matches.Count == 0;

    /// <summary>
    /// Whether a word is a surname made from a place with the nisba ending -и, -ӣ, -i or -y ("Даврон Хуҷандӣ", "Даврона Худжанди",
    /// "Nilufar Vanji"), as Tajik and Afghan surnames often are: the word is read only as a form of a place's name, or one letter off it,
    /// and without that ending it is the name in any spelling ("Фарруха Рушани": Рушан, the Russian letters of Rushan; "Мирвайс
    /// Гармсерӣ": Гармсер, Garmsir), right after a capitalised word that is no kind word (a first name, which may itself spell a village:
    /// "Фарход"), and no capitalised word follows it (the ending is then a Tajik ezafe: "Мазори Шариф").
    /// Scripts without capitals are read by their nisba ending alone (<see cref="Demonyms.IsPlaceNisba"/>).
    /// </summary>
    private static bool IsNisbaSurname(string text, List<Token> tokens, int at, string word, List<NameMatch> matches)
    {
        if (at == 0 || !char.IsUpper(word[0]) || !NisbaEndings.Contains(char.ToLowerInvariant(word[^1])) || !IsNisbaOfMatch(word, matches))
        {
            return false;
        }

        var given = WordCopies.Of(text, tokens[at - 1]);
        var capitalFollows = at + 1 < tokens.Count && OnlySpaceBetween(text, tokens[at], tokens[at + 1]) && char.IsUpper(text[tokens[at + 1].Start]);
        return char.IsUpper(given[0]) && tokens[at].Start - tokens[at - 1].End == 1 && text[tokens[at - 1].End] == ' ' && !capitalFollows && !KindCues.IsCue(given);
    }

    private static readonly char[] NisbaEndings = ['и', 'ӣ', 'i', 'y'];

    /// <summary>
    /// Whether a Tajik word ends in the adjective ending -ӣ put onto a place's name ("Кӯлобӣ", of Kulob; "Гармсерӣ", of Garmsir): an
    /// adjective or a surname wherever it stands, as the ezafe is written -и, never -ӣ.
    /// </summary>
    private static bool IsTajikNisba(string word, List<NameMatch> matches) =>
        word.Length > MinNisbaWord && char.ToLowerInvariant(word[^1]) == 'ӣ' && IsNisbaOfMatch(word, matches);

    private const int MinNisbaWord = 4;

    /// <summary>
    /// Whether a Latin word is read only as a place's name one letter off, which is that name with the ending -i put on ("Pakistani",
    /// "Afghani", "Kunduzi"): the adjective or demonym made from the name, as Tajik -ӣ and Persian -ی make one, and no place wherever it
    /// stands ("a Pakistani security official"); the country's or town's own name is found as written.
    /// </summary>
    private static bool IsLatinNisba(string word, List<NameMatch> matches) =>
        word.Length > MinNisbaWord && word[^1] == 'i' && char.IsAsciiLetter(word[0]) && matches.TrueForAll(m => m.Strength == NameMatcher.OneTypo) && IsNisbaOfMatch(word, matches);

    // The word is read only as a form of a place's name or one letter off it, and without its last letter it is that name in some
    // spelling ("Рушан", the Russian letters of Rushan; "Гармсер", Garmsir): the last letter is the nisba ending.
    private static bool IsNisbaOfMatch(string word, List<NameMatch> matches) =>
        matches.TrueForAll(m => m.Strength is NameMatcher.Inflected or NameMatcher.OneTypo) && matches.Exists(m => FoldedWords.Of(m.Name.Name.Text) == FoldedWords.Of(word[..^1]));

    // Surnames of the region made from a father's name ("Шарипова", "Раҳмонов", "Karimov", "Назарзода"): no place name ends so.
    private static bool IsSurname(string word) =>
        word.Length >= MinSurname && char.IsUpper(word[0]) && SurnameEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private const int MinSurname = 5;

    private static readonly string[] SurnameEndings = ["ов", "ова", "ев", "ева", "ёв", "ёва", "зода", "ович", "овна", "евич", "евна", "ov", "ova", "ev", "eva", "zoda", "zade"];

    // A short word is a name as written (Persian plain letters for Arabic emphatic ones too: "ترمز" for ترمذ), or, for a place of the
    // region or a country, province or capital, its letter-for-letter transliteration from Cyrillic ("Ҷурм" for Jurm): a transliteration
    // merges no letters, unlike folding ("Ende" and "Inde").
    private static bool SameLetters(NameRef name, string word) =>
        (Plain(name.Name.Text) == Plain(word) || (WordForms.WithPlainLetters(name.Name.Text) is { } plain && Plain(plain) == Plain(word))
            // A name indexed without its administrative title ("علاقهداری ديشو" as "دیشو") is compared without it too.
            || (KindCues.WithoutTitle(name.Name.Text) is { } untitled && Plain(untitled) == Plain(word)))
        && (CyrillicStem.IsCyrillic(name.Name.Text[0]) == CyrillicStem.IsCyrillic(word[0]) || PlacePrior.IsRegional(name.Place) || name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital);

    // A word of five letters or more whose folding only merged the letters that write one sound ("Djourm", "Джурм": dj, дж, ou for
    // Jurm's j and u) is a transliteration, not a short word folded onto a name; believed for a place of the region.
    private static bool Transliterated(string word, string key, List<NameMatch> matches) =>
        word.Length >= MinTransliterated && key.Replace(" ", "", StringComparison.Ordinal).Length < word.Count(char.IsLetter) && matches.Any(m => PlacePrior.IsRegional(m.Name.Place));

    private const int MinTransliterated = 5;

    // A short Tajik word that writes a place's Persian name letter by letter ("Хулм": خلم) is that name as written, though folding reads
    // its х apart from the kh of the Latin name it matched; believed for a place of the region.
    private static bool WritesPersianName(string word, string? language, List<NameMatch> matches) =>
        language == "tg" && CyrillicStem.IsCyrillic(word[0])
        && matches.Exists(m => PlacePrior.IsRegional(m.Name.Place) && m.Name.Place.Names.Any(n => n.Language == "fa" && TajikPersian.Writes(word, n.Text)));

    // Lower case without accents: how a name is written, short of folding its romanisation (Arabic-script letter forms, such as ك and ک, do meet;
    // Cyrillic is transliterated letter by letter). Letter by letter, so that doubled letters stay ("بين" is not Benin's "بینن").
    // The marks a romanisation writes for ayn and hamza are no letters: "Vose" is GeoNames' "Vose’".
    private static string Plain(string text) => NameTokens.IsArabicScript(text[0]) || CyrillicStem.IsCyrillic(text[0]) ? string.Concat(text.Select(c => NameFolding.Fold(c.ToString()))) :
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && !IsAynMark(c)).Select(char.ToLowerInvariant)]);

    private static bool IsAynMark(char c) => c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or '`';

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '„' or '«' or '(' or '‘'))
        {
            i--;
        }

        // A dash ends a dateline ("ДУШАНБЕ, 5 июля – Зиёда аз …"), so the word after it starts the report's first sentence.
        return i < 0 || text[i] is '.' or '!' or '?' or '…' or '\n' or ':' or '–' or '—' or '-' || char.IsWhiteSpace(text[i]);
    }

    // A word joined by a hyphen to a short lower-case ezafe ("-e", "-i", "-ye") before a capitalised word: the first part of a name.
    private static bool StartsEzafeCompound(string text, List<Token> tokens, int word) =>
        word + 2 < tokens.Count && tokens[word].End < text.Length && text[tokens[word].End] == '-' && tokens[word + 1].Start == tokens[word].End + 1
        && tokens[word + 1].Length <= 3 && text.AsSpan(tokens[word + 1].Start, tokens[word + 1].Length).ToString().All(char.IsLower)
        && char.IsUpper(text[tokens[word + 2].Start]);

    /// <summary>
    /// Whether a word is a Tajik tens word with "and" written onto it ("Бисту шаш", twenty-six; "чилу як", forty-one): a number, never a
    /// place, though a fuzzy match may read it as one (Bist). Only the tens take the ending, and only the Cyrillic ones are tried, so that
    /// Persian "پنج" (five, and the Panj) stays a name.
    /// </summary>
    private static bool IsTajikTensWithAnd(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 3 && lower[^1] is 'у' or 'ю' && CyrillicStem.IsCyrillic(lower[0]) && NumberWords.Tens.ContainsKey(lower[..^1]);
    }

    // A Cyrillic word with the ezafe "-и" before a capitalised word ("Наҳри Сароҷ", Nahr-e Saraj): the first part of a Tajik name.
    private static bool StartsTajikEzafeCompound(string text, List<Token> tokens, int word) =>
        word + 1 < tokens.Count && CyrillicStem.IsCyrillic(text[tokens[word].Start]) && text[tokens[word].End - 1] == 'и'
        && OnlySpaceBetween(text, tokens[word], tokens[word + 1]) && char.IsUpper(text[tokens[word + 1].Start]);

    // A capitalised Cyrillic word with the ezafe "-и" right before the word, itself no name found: the word ends a Tajik compound name.
    private static bool EndsTajikEzafeCompound(string text, List<Token> tokens, int word) =>
        word > 0 && CyrillicStem.IsCyrillic(text[tokens[word - 1].Start]) && char.IsUpper(text[tokens[word - 1].Start]) && text[tokens[word - 1].End - 1] == 'и'
        && OnlySpaceBetween(text, tokens[word - 1], tokens[word]) && !StartsSentence(text, tokens[word - 1].Start);

    // A French article elided onto the next word of a name ("pont d'Ichkachim"): one apostrophe between them.
    private static bool ElidedBefore(string text, Token a, Token b) =>
        b.Start == a.End + 1 && text[a.End] is '\'' or '’' && a.Length <= 2;

    // Only spaces, hyphens or dashes between two words: the parts of a name joined by a dash are one name, spaced or not ("мосту Тем –
    // Демоген", "пули Тем – Демоған"), as they are by a hyphen.
    private static bool OnlySpaceBetween(string text, Token a, Token b)
    {
        for (var i = NameTokens.IsDottedOrdinal(text, a) ? a.End + 1 : a.End; i < b.Start; i++)
        {
            if (text[i] is not (' ' or '-' or '–' or '—' or '\u00A0' or '\u200C'))
            {
                return false;
            }
        }

        return true;
    }

    // Arabic writes "and" (و), "so" (ف), "by" (ب), "to" (ل) and "like" (ك) onto the next word, up to two of them ("ولممر": and to a
    // corridor); what is left is a kind word, no name.
    private const string ArabicProclitics = "وفبلك";

    private static bool KindWordWithProclitics(string word)
    {
        for (var taken = 1; taken <= 2 && taken + 3 <= word.Length && ArabicProclitics.Contains(word[taken - 1], StringComparison.Ordinal); taken++)
        {
            if (KindCues.IsCue(word[taken..]))
            {
                return true;
            }
        }

        return false;
    }

    // Persian and Pashto "زاده", Urdu "زادہ": written after a place's name, a family name ("نادعلی زاده", of Nad Ali's stock).
    private static readonly HashSet<string> SurnameSuffixes = new(StringComparer.Ordinal) { "زاده", "زادہ" };
}
