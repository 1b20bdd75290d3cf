using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;

namespace BorderMap.Core.Extraction;

// Perso-Arabic names the gazetteer writes otherwise: a leading word its spelling leaves out, two words guessed by their consonants,
// Arabic's joining stroke, and Arabic bare roots that are no names.
public sealed partial class MentionFinder
{
    private const int MinWordConsonants = 2;

    /// <summary>
    /// The first word of a Perso-Arabic name whose gazetteer spelling leaves out a word the Latin name has ("خان چهار باغ" for
    /// Khan-e Chahar Bagh, which the gazetteer writes "چهار باغ"): the word right before the name found is that word when its
    /// consonants, two or more, are those of the first word of the place's own Latin name and the name found has those of the rest.
    /// </summary>
    private static int LeadingWord(string text, List<Token> tokens, int i, int last, List<NameMatch> matches, List<Found> found, string? language)
    {
        if (i == 0 || !NameTokens.IsArabicScript(text[tokens[i].Start]) || !NameTokens.IsArabicScript(text[tokens[i - 1].Start])
            || !OnlySpaceBetween(text, tokens[i - 1], tokens[i]) || (found.Count > 0 && found[^1].Span.End > tokens[i - 1].Start))
        {
            return i;
        }

        var word = text.Substring(tokens[i - 1].Start, tokens[i - 1].Length);
        var lead = LeadSkeleton(word);
        if (lead.Length < MinWordConsonants || !MayLead(word, language))
        {
            return i;
        }

        // Arabic writes "Abd" apart from the article's word ("عبد الرحمن جامي"): the two words lead together.
        var start = i - 1;
        if (i >= 2 && text.Substring(tokens[i - 2].Start, tokens[i - 2].Length) == "عبد" && OnlySpaceBetween(text, tokens[i - 2], tokens[i - 1])
            && !(found.Count > 0 && found[^1].Span.End > tokens[i - 2].Start))
        {
            (start, lead) = (i - 2, "bd" + lead);
        }

        // The rest is read from the gazetteer's spelling that matched, which an Arabic text may write with other letters ("جهار باغ").
        var written = text[tokens[i].Start..tokens[last].End];
        string Rest(NameMatch m) => PersoArabicSkeletons.Of(NameTokens.IsArabicScript(m.Name.Name.Text[0]) ? m.Name.Name.Text : written);
        // The place's own name, not one of its variants: "شاهراه کندز" (the Kunduz highway) is no "Shahr-e Qonduz".
        bool Fits(NameMatch m) =>
            LatinWordSkeletons(m.Name.Place.Name) is [var head, _, ..] words && head == lead && NameFolding.CollapseDoubles(string.Concat(words.Skip(1))) == Rest(m);
        return matches.Exists(m => PlacePrior.IsRegional(m.Name.Place) && Fits(m)) ? start : i;
    }

    private static bool MayLead(string word, string? language) =>
        !KindCues.IsCue(word) && !FunctionWords.Contains(word) && !ListJoiners.Contains(word) && !CommonWords.Blocks(NameKeys.Of(word), language, namesImportantPlace: false);

    // The letters before which Arabic's article is assimilated (the "sun letters"), so that a Latin transliteration has no l:
    // "عبدالرحمن" is "Abdurahmon", "عبد الرحمن" "Abd ar-Rahman"; before other letters it is written ("عبدالکریم", "Abdulkarim").
    private const string SunLetters = "تثدذرزسشصضطظلن";

    /// <summary>A leading word's consonants as a Latin name writes them: the Arabic article before a sun letter has no l there.</summary>
    private static string LeadSkeleton(string word)
    {
        var at = word.IndexOf("ال", StringComparison.Ordinal);
        var assimilated = at >= 0 && (at == 0 || word.StartsWith("عبد", StringComparison.Ordinal)) && at + 2 < word.Length && SunLetters.Contains(word[at + 2]);
        return PersianWordSkeleton(assimilated ? word.Remove(at, 2) : word);
    }

    /// <summary>
    /// A name of two Perso-Arabic words that the gazetteer has only in Latin script ("دشت ارچی", Dasht-e Archi; "قلعه‌خم", Qala-i-Khum,
    /// its two words joined by the non-joiner), guessed word by word: each word's consonants, two or more, are those of one word of a
    /// several-word Latin name of a place of the region (its ezafe left out). Read as a longer name than the first word's own.
    /// </summary>
    private (int Last, List<NameMatch> Matches) TwoWordSkeleton(string text, List<Token> tokens, int i, Func<int, string> keyOf, (int Last, List<NameMatch> Matches) best, string? language)
    {
        // A name after Arabic's joining stroke starts after it ("لـقلعة خمب", to Qala-i-Khumb).
        var start = AfterJoiningStroke(text, tokens[i]);
        var word = start > tokens[i].Start ? text[start..tokens[i].End] : WordCopies.Of(text, tokens[i]);
        var joined = best.Matches.Count == 0 && word.Contains('\u200C', StringComparison.Ordinal);
        var next = i + 1 < tokens.Count && OnlySpaceBetween(text, tokens[i], tokens[i + 1]) ? WordCopies.Of(text, tokens[i + 1]) : null;
        if (best.Last != i || (!joined && (next is null || !NameTokens.IsArabicScript(next[0]) || ListJoiners.Contains(next) || IsPersianParticiple(next))))
        {
            return best;
        }

        var last = joined ? i : i + 1;
        var words = text[start..tokens[last].End];
        string[] parts = joined ? word.Split('\u200C', StringSplitOptions.RemoveEmptyEntries) : [word, next!];
        var skeletons = parts.Select(PersianWordSkeleton).ToList();
        // A kind word is no word of the name ("خواهان ولسوالۍ": Khwahan district, not a name ending in Ulusvali), nor is a kind word
        // with Arabic "and" written onto it ("وممر واخان", and the Wakhan corridor), nor a common word of the text's language
        // ("له … سره پوله لري", borders on: no Sar-e Pul).
        if (skeletons.Count != 2 || skeletons[0].Length < MinWordConsonants || (skeletons[1].Length < MinWordConsonants && !IsWaterWord(parts[1])) || parts.Any(p => KindCues.IsCue(p) || (p.Length > 3 && p[0] == 'و' && KindCues.IsCue(p[1..])))
            || parts.Any(p => CommonWords.Blocks(NameKeys.Of(p), language, namesImportantPlace: false) || FunctionWords.Contains(p)))
        {
            return best;
        }

        // A second word that starts a longer name as written belongs to it ("کے ذریعے پل خمری", by way of Pul-e Khumri: no Sar-e Pul).
        if (!joined && Run(text, tokens, i + 1, keyOf, NameMatcher.Folded, string.Empty).Last > i + 1)
        {
            return best;
        }

        // A second word that is a name as written is that place ("شاهراه کندز", the Kunduz highway: no Shahr-e Qondoz), unless the
        // guess is a province the word names part of ("غرني بدخشان", mountainous Badakhshan).
        // So is a district's name under a district word, before it or its list or after it: "ولسوالی‌های دره صوف پایین و روی دوآب" are
        // Ruy Duab district, not a word and the village Duab; "ولسوالی‌های شیرین تگاب و دولت‌آباد", Shirin Tagab, not Kapisa's Tagab.
        var secondIsName = !joined && Geocoder.Gazetteer.ByKey(NameKeys.Of(parts[1])).Count > 0;
        bool? cuedDistrict = null;
        bool CuedDistrict() => cuedDistrict ??= (KindCues.Around(text, tokens, i, last) ?? KindCues.ListCue(text, tokens, i)) == PlaceKinds.District;
        var districtWord = secondIsName && CuedDistrict();
        // A district the gazetteer writes as one Latin word may be written in two under a district word ("ضلع سنگ چارک": Sangcharak,
        // whose consonants are the two words' together), as a town's two-word name would be ("Sang-e Chārak").
        // Arabic writes p, g and v with ب, ك and ف ("بول حصار", Pul-e Hisar), which each word's consonants are read as too, word by
        // word only: joined, they make too many names ("وفق وزارة", according to the ministry, would be "g s r", Gissar district).
        var readings = ConsonantSkeleton.WordReadings(skeletons, language).Where(r => r.All(w => w.Length > 0)).ToList();
        var asWritten = Geocoder.Gazetteer.BySkeleton(string.Concat(skeletons)).Concat(Geocoder.Gazetteer.BySkeleton(ConsonantSkeleton.OfPersoArabic(words))).ToHashSet();
        var matches = asWritten.Concat(readings.Skip(1).SelectMany(r => Geocoder.Gazetteer.BySkeleton(string.Concat(r)))).Distinct()
            .Where(n => PlacePrior.InBorderArea(n.Place) && (readings.Any(LatinWordSkeletons(n.Name.Text).SequenceEqual) || (n.Place.Kind == PlaceKinds.District && asWritten.Contains(n) && CuedDistrict()))
                && (!secondIsName || n.Place.Kind == PlaceKinds.Admin1 || (districtWord && n.Place.Kind == PlaceKinds.District)))
            .Select(n => new NameMatch(n, NameMatcher.Skeleton, $"the consonants of '{words}' match the name ‘{n.Name.Text}’ word by word")).ToList();
        return matches.Count > 0 ? (last, matches) : best;
    }

    // آب (water, the "Ab" of Kuf Ab, Namak Ab, Chah Ab and Kham Ab) ends many names of the region with one consonant only
    // ("خم‌آب", "خم آب" for Kham Ab): as a name's second word it is enough.
    private static bool IsWaterWord(string word) => word is "آب" or "اب";

    // Prepositions, postpositions and auxiliaries of Persian, Pashto, Urdu and Arabic: a two-word guess that begins or ends in one is
    // a name with the word before or after it ("در واخان", in Wakhan, read as Darya Khan; "پر درہ", on the pass; "من قرى", from villages;
    // "دور ہیں", are far), never one name. Urdu's verbs of being, doing and going follow the word they make a verb of ("شروع ہونے",
    // beginning: no Sher Khan).
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "در", "از", "به", "با", "بر", "تا", "را", "که", "په", "له", "د", "ته", "تر", "پر", "میں", "سے", "کو", "کے", "کی", "تک", "ہیں", "ہے", "تھے", "تھا",
        "ہونے", "ہوا", "ہوئے", "ہوئی", "کرنے", "گیا", "گئے", "گئی",
        "من", "في", "إلى", "الى", "على", "عن",
    };

    // A Perso-Arabic word's consonants, without a final letter that writes a vowel: Persian ه, Arabic ة, Urdu ہ and ے ("قلعه", qal'a:
    // k l; Urdu "کے", of: k, too short to be a word of a name).
    private static string PersianWordSkeleton(string word)
    {
        var skeleton = PersoArabicSkeletons.Of(word);
        return word[^1] is 'ه' or 'ة' or 'ہ' or 'ے' && skeleton.EndsWith('h') ? skeleton[..^1] : skeleton;
    }

    private static readonly char[] NameWordBreaks = [' ', '-'];

    // The consonants of each word of a Latin name, split at spaces and hyphens, the ezafe ("-e-", "-i-") left out: asked of every
    // gazetteer name a guess finds, again for each of its readings, so each name's are worked out once (read only).
    private static List<string> LatinWordSkeletons(string name) => LatinWordSkeletonMemo.Of(name);

    private static readonly WordMemo<List<string>> LatinWordSkeletonMemo =
        new(name => [.. name.Split(NameWordBreaks, StringSplitOptions.RemoveEmptyEntries).Select(ConsonantSkeleton.OfLatin).Where(k => k.Length > 0)]);

    // Arabic joins a preposition or the article to a foreign name with a stroke, the tatweel ("لـروشان", to Rushon; "لـالصين", to
    // China): the name starts after the stroke, as after a hyphen.
    private static int AfterJoiningStroke(string text, Token word)
    {
        var stroke = text.IndexOf('ـ', word.Start, Math.Min(word.Length - 1, MaxStrokedPrefix + 1));
        return stroke > word.Start ? stroke + 1 : word.Start;
    }

    private const int MaxStrokedPrefix = 3; // "ولـ", "وبـ", "الـ"

    // An Arabic word of three letters, none of them a long vowel ("حضر", attended; "دخل", entered), is a bare root: a verb or an
    // everyday noun, and the next item of a list only by its place after a comma ("مديرية يافان، حضر نحو …": Yavan district, where some
    // … attended). In Arabic text such a word is guessed to be a name only beside its own kind word ("ومديرية بنج", the Panj district);
    // Persian and Pashto write names so ("پنج", "جرم"), and a name written so is found as written in any language.
    private static bool IsBareRoot(string word) =>
        word.Length <= BareRootLetters && NameTokens.IsArabicScript(word[0]) && word.AsSpan().IndexOfAny(LongVowelLetters) < 0;

    private const int BareRootLetters = 3;

    private static readonly System.Buffers.SearchValues<char> LongVowelLetters = System.Buffers.SearchValues.Create("اآأإوؤيیىېۍےۓ");
}
