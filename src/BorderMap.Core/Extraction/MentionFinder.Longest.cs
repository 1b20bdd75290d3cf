using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// The longest name starting at a word, read as written and in each script's other spellings (Tajik, Arabic, Russian case forms,
// German j), and the geocoder's looser rules for one word that is no name as it stands.
public sealed partial class MentionFinder
{
    private const int MaxWords = 6;
    private const int MinTypoKey = 6;
    private const int MinGuessConsonants = 5;

    /// <summary>The longest name starting at word <paramref name="i"/>: its last word and its matches.</summary>
    private (int Last, List<NameMatch> Matches) Longest(string text, List<Token> tokens, int i, Func<int, string> keyOf, string? language)
    {
        var gazetteer = Geocoder.Gazetteer;
        var best = Run(text, tokens, i, keyOf, NameMatcher.Folded, "is a name of it");
        if (best.Last == i && language is null or "tg" && CyrillicStem.IsCyrillic(text[tokens[i].Start]))
        {
            // Tajik writes the Persian long a as о in every word of a name ("Мазори Шариф" for Мазари-Шариф).
            string TajikKey(int j) => FoldedWords.Of(WordCopies.Of(text, tokens[j]).ToLowerInvariant().Replace('о', 'а'));
            var tajik = Run(text, tokens, i, TajikKey, NameMatcher.Inflected, "is the Tajik spelling of");
            best = tajik.Last > i ? tajik : best;
            if (best.Last == i && text[tokens[i].End - 1] == 'и')
            {
                // The ezafe joins a name's words, written onto the first ("Дарвози Боло" for Darwaz-e Bala, "Darwaz Bala"); a romanised
                // name may write it as a word of its own ("Наҳри Сароҷ" for Nahr-e Saraj, whose -e folds as the Tajik -и does).
                var ezafe = Run(text, tokens, i, j => j == i ? TajikKey(j)[..^1] : TajikKey(j), NameMatcher.Inflected, "with the ezafe, is the Tajik spelling of");
                var written = ezafe.Last > i ? ezafe : Run(text, tokens, i, j => j == i ? TajikKey(j).Insert(TajikKey(j).Length - 1, " ") : TajikKey(j), NameMatcher.Inflected, "with the ezafe, is the Tajik spelling of");
                best = written.Last > i ? written : best;
            }
        }

        if (best.Last == i && NameTokens.IsArabicScript(text[tokens[i].Start]))
        {
            // Arabic writes "and", "in" and the article onto the first word of a several-word name too ("وخان آباد").
            foreach (var stem in WordForms.WithoutPrefixes(WordCopies.Of(text, tokens[i]), language).Where(_ => best.Last == i))
            {
                var stemKey = FoldedWords.Of(stem);
                var prefixed = Run(text, tokens, i, j => j == i ? stemKey : keyOf(j), NameMatcher.Inflected, "with a prefix, is a form of");
                best = prefixed.Last > i ? prefixed : best;
            }
        }

        if (best.Matches.Count == 0 && language == "ar" && text.AsSpan(tokens[i].Start, tokens[i].Length).ContainsAny(ArabicForPersian))
        {
            best = PersianLettersFor(text, tokens, i, keyOf);
        }

        if (NameTokens.IsArabicScript(text[tokens[i].Start]))
        {
            best = WithArabicArticles(text, tokens, i, keyOf, best);
            best = TwoWordSkeleton(text, tokens, i, keyOf, best, language);
        }

        if (best.Last == i && CyrillicStem.IsCyrillic(text[tokens[i].End - 1]))
        {
            // A several-word Russian name in a case form ("на 201-й военной базе", "в Горно-Бадахшанской автономной области").
            var inflected = Run(text, tokens, i, j => CyrillicStem.OfNameWord(WordCopies.Of(text, tokens[j])), NameMatcher.Inflected, "is a case form of", byWordStems: true);
            best = inflected.Last > i ? inflected : best;
        }

        if (best.Matches.Count == 0 && language is "de" && text.AsSpan(tokens[i].Start, tokens[i].Length).ContainsAny('J', 'j'))
        {
            // German writes the English y as j ("Jangi Kala", "Jamgan" for Yangi Qala, Yamgan; its own j sound is dsch), for names of the region.
            var german = Run(text, tokens, i, j => FoldedWords.Of(WordCopies.Of(text, tokens[j]).ToLowerInvariant().Replace('j', 'y')), NameMatcher.Inflected, "is the German spelling of");
            german.Matches.RemoveAll(m => !IsRegionalOrImportant(m.Name.Place));
            best = german.Matches.Count > 0 ? german : best;
        }

        if (best.Matches.Count > 0 && best.Last == i)
        {
            NameMatcher.AddTajikSpellings(gazetteer, WordCopies.Of(text, tokens[i]), best.Matches);
        }
        else if (best.Matches.Count == 0)
        {
            // One word that is no name as it stands: the geocoder's own looser rules, with guesses (typos, skeletons) kept to the region.
            best.Matches.AddRange(Looser(WordCopies.Of(text, tokens[i]), keyOf(i), language));
        }

        return best;
    }

    /// <summary>
    /// The geocoder's looser rules for one word that is no name as it stands, with guesses (typos, skeletons) kept to the region;
    /// remembered, as a text repeats its words ("Taliban", "President") and each costs a fuzzy search. Bounded: emptied when full.
    /// </summary>
    private NameMatch[] Looser(string word, string wordKey, string? language)
    {
        if (_looser.TryGetValue((word, language), out var known))
        {
            return known;
        }

        var matches = new List<NameMatch>();
        var typos = wordKey.Length >= MinTypoKey && char.IsUpper(word[0]) ? 1 : 0;
        // A kind word or a province's office ("پولیس", police) says what kind of place is meant and is never guessed to be one.
        var neverGuessed = IsPersianParticiple(word) || IsArabicPresentPlural(word) || KindCues.IsCue(word);
        NameMatcher.AddLooser(Geocoder.Gazetteer, word, wordKey, matches, typos, name => !neverGuessed && RegionalGuess(name, wordKey), language);
        KeepSkeletonsInBorderArea(matches);
        if (_looser.Count >= MaxRemembered)
        {
            _looser.Clear();
        }

        return _looser[(word, language)] = [.. matches];
    }

    private const int MaxRemembered = 50_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, string? Language), NameMatch[]> _looser = new();

    private static readonly System.Buffers.SearchValues<char> ArabicForPersian = System.Buffers.SearchValues.Create("جب");

    /// <summary>
    /// Arabic has no چ or پ and writes ج and ب for them ("جهار باغ" for چهار باغ, "بل خمري" for پل خمری): a name the gazetteer
    /// writes only in Persian is read with those letters put back, in the name's first word (all of its ج, or all of its ب); a name of
    /// several words only, as a short word so read is often another ("بل", but, is no پل).
    /// </summary>
    private (int Last, List<NameMatch> Matches) PersianLettersFor(string text, List<Token> tokens, int i, Func<int, string> keyOf)
    {
        var word = WordCopies.Of(text, tokens[i]);
        foreach (var persian in new[] { word.Replace('ج', 'چ'), word.Replace('ب', 'پ') }.Where(w => w != word))
        {
            var key = FoldedWords.Of(persian);
            var read = Run(text, tokens, i, j => j == i ? key : keyOf(j), NameMatcher.Inflected, "with Arabic letters for Persian ones, is");
            if (read.Last > i)
            {
                return read;
            }
        }

        return (i, []);
    }

    /// <summary>Arabic writes the article on the later words of a name too ("مزار الشريف" for مزار شريف): the name read without it, when longer.</summary>
    private (int Last, List<NameMatch> Matches) WithArabicArticles(string text, List<Token> tokens, int i, Func<int, string> keyOf, (int Last, List<NameMatch> Matches) best)
    {
        if (i + 1 >= tokens.Count || !HasArabicArticle(text, tokens[i + 1]))
        {
            return best;
        }

        var bare = Run(text, tokens, i, j => j > i && HasArabicArticle(text, tokens[j]) ? FoldedWords.Of(text.Substring(tokens[j].Start + 2, tokens[j].Length - 2)) : keyOf(j), NameMatcher.Inflected, "without the Arabic article, is");
        return bare.Last > best.Last ? bare : best;
    }

    private static bool HasArabicArticle(string text, Token token) => token.Length > 4 && text.AsSpan(token.Start).StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The longest run of words from word <paramref name="i"/> whose joined keys are a gazetteer name, and its matches.</summary>
    private (int Last, List<NameMatch> Matches) Run(string text, List<Token> tokens, int i, Func<int, string> keyOf, double strength, string how, bool byWordStems = false)
    {
        var gazetteer = Geocoder.Gazetteer;
        var key = keyOf(i);
        var best = (Last: i, Matches: new List<NameMatch>());
        for (var j = i; ; j++)
        {
            // A name read in its case forms ends before a kind word ("Хатлонской области"), which stays a cue, as it does for a name read whole.
            var names = !byWordStems ? gazetteer.ByKey(key) : KindCues.IsCue(WordCopies.Of(text, tokens[j])) ? [] : gazetteer.ByWordStems(key);
            if (names.Count > 0 && !(j > i && IsLoneAnd(text, tokens[j])))
            {
                best = (j, Matches(names, strength, $"'{text[tokens[i].Start..tokens[j].End]}' {how} ('"));
            }

            var goesOn = byWordStems ? gazetteer.IsWordStemsPrefix(key) : gazetteer.IsKeyPrefix(key) || (NameTokens.IsArabicScript(key[^1]) && gazetteer.StartsLongerKey(key));
            if (j + 1 >= tokens.Count || j + 1 - i >= MaxWords || !goesOn || !(OnlySpaceBetween(text, tokens[j], tokens[j + 1]) || ElidedBefore(text, tokens[j], tokens[j + 1])))
            {
                return best;
            }

            key = byWordStems ? key + " " + keyOf(j + 1) : NameTokens.Join(key, keyOf(j + 1));
        }
    }

    /// <summary>
    /// Persian, Pashto and Urdu write "and" (و) as a word of its own: inside a name it joins two words ("کران و منجان", Kuran wa
    /// Munjan), but a name never ends in it. A run that would end there joins a name to the conjunction after it ("سوویت و مؤمن‌آباد",
    /// Sovet and Muminobod), and folded together they spell another name ("سوویت و" is Soweto's سويتو).
    /// </summary>
    private static bool IsLoneAnd(string text, Token word) => word.Length == 1 && text[word.Start] == 'و';

    // The names as matches of one strength, each said to be matched by the words as written (the reason's opening, words and verb).
    // Asked for every run of words that is a name: a loop, with the words' text made once and each reason joined only when read.
    private static List<NameMatch> Matches(IReadOnlyList<NameRef> names, double strength, string opening)
    {
        var matches = new List<NameMatch>(names.Count);
        for (var n = 0; n < names.Count; n++)
        {
            matches.Add(new NameMatch(names[n], strength, opening, "')"));
        }

        return matches;
    }

    // A guessed match in running text is believed only for a place of the region or a country, province or capital, with a name of
    // some length, and a typo only if it is a letter dropped or added ("Badakhsan"): a changed letter makes other words ("Russian", "Taliban").
    private static bool RegionalGuess(NameRef name, string key) =>
        IsRegionalOrImportant(name.Place)
        && ConsonantSkeleton.OfLatin(name.Name.Text).Length >= MinGuessConsonants
        && (NameTokens.IsArabicScript(key[0]) || Math.Abs(NameKeys.Of(name.Name.Text).Length - key.Length) == 1);

    // Persian past participles end in -ته or -ده ("گذشته", passed; "رفته", gone; "کرده", done), and Urdu writes the same words with its
    // own final he, ہ ("گزشتہ", past): verbs and adjectives, whose consonants may happen to spell a Latin name, so they are never guessed
    // to be one (a name spelled so is still found as written).
    private static bool IsPersianParticiple(string word) =>
        word.Length >= 4 && NameTokens.IsArabicScript(word[0]) && ParticipleEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] ParticipleEndings = ["ته", "ده", "تہ", "دہ"];

    // Arabic present-tense verbs in the plural ("يستريحون", they rest; "تعبرون") carry a prefix and -ون that no name of the region has,
    // and their consonants may spell one; never guessed to be a name either.
    private static bool IsArabicPresentPlural(string word) => word.Length >= 5 && word[0] is 'ي' or 'ت' && word.EndsWith("ون", StringComparison.Ordinal);

    private static bool EndsWithOwnAdminWord(string text, Token word, List<NameMatch> matches) =>
        KindCues.KindOf(text.Substring(word.Start, word.Length)) is { } kind && kind is PlaceKinds.Admin1 or PlaceKinds.District
        && matches.Count > 0 && matches.All(m => m.Name.Place.Kind == kind);

    private static bool IsRegionalOrImportant(Place place) => place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital || PlacePrior.IsRegional(place);
}
