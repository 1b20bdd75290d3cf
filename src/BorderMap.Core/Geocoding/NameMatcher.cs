using System.Globalization;
using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// The matching rules, strongest first: the same name (1.0); the same folded key, i.e. another
/// romanisation or script form (0.95); a Cyrillic case form or German/English genitive -s (0.9); a
/// Perso-Arabic name whose consonants match a Latin name (0.8); one or two typos (0.75, 0.65; two
/// only for keys of eight letters or more); a prefix of a longer name (0.6, for type-ahead only).
/// Looser rules run only when the stricter ones found nothing.
/// </summary>
public static class NameMatcher
{
    public const double Exact = 1, Folded = 0.95, Inflected = 0.9, Skeleton = 0.8, OneTypo = 0.75, TwoTypos = 0.65, Prefix = 0.6;

    private const int MaxPrefixMatches = 40;

    public static List<NameMatch> Match(Gazetteer gazetteer, string query, bool allowPrefix)
    {
        var text = query.Trim();
        var key = NameTokens.Key(text);
        var matches = new List<NameMatch>();
        if (key.Length < 2)
        {
            return matches;
        }

        foreach (var name in gazetteer.ByKey(key))
        {
            var same = string.Equals(name.Name.Text, text, StringComparison.OrdinalIgnoreCase);
            matches.Add(new NameMatch(name, same ? Exact : Folded, same ? $"matched {TheName(name)}" : $"matched {TheName(name)} in another spelling"));
        }

        if (matches.Count == 0)
        {
            AddLooser(gazetteer, text, key, matches, key.Length >= 8 ? 2 : key.Length >= 4 ? 1 : 0, _ => true);
        }
        else
        {
            AddTajikSpellings(gazetteer, text, matches);
        }

        if (allowPrefix && key.Length >= 3)
        {
            AddPrefixes(gazetteer, key, matches);
        }

        return matches;
    }

    /// <summary>
    /// The looser rules, strictest first, each only if the one before found nothing: an inflected
    /// form, a form with affixes taken off (<see cref="WordForms"/>), the consonant skeleton of a
    /// Perso-Arabic name, and up to <paramref name="typos"/> typos. Running text passes a stricter
    /// <paramref name="admit"/> for the skeleton and typo rules, which guess.
    /// </summary>
    /// <remarks><paramref name="language"/> (the text's, when known) says which affixes its grammar has: see <see cref="WordForms.Of"/>.</remarks>
    public static void AddLooser(Gazetteer gazetteer, string text, string key, List<NameMatch> matches, int typos, Func<NameRef, bool> admit, string? language = null)
    {
        AddInflected(gazetteer, text, key, matches, language);
        if (matches.Count == 0)
        {
            AddForms(gazetteer, text, matches, language);
        }

        if (matches.Count == 0 && CyrillicStem.IsCyrillic(text[0]) && language is null or "tg")
        {
            AddPersianWritten(gazetteer, text, matches);
        }

        if (matches.Count == 0)
        {
            AddSkeleton(gazetteer, text, matches, admit, language);
        }

        if (matches.Count == 0 && typos > 0)
        {
            foreach (var (fuzzyKey, distance) in gazetteer.Fuzzy.Within(key, typos))
            {
                foreach (var name in gazetteer.ByKey(fuzzyKey).Where(admit))
                {
                    matches.Add(new NameMatch(name, distance == 1 ? OneTypo : TwoTypos, $"{(distance == 1 ? "one letter" : "two letters")} off {TheName(name)}"));
                }
            }
        }
    }

    /// <summary>The admitted places whose Latin consonants are those of a Perso-Arabic word (<see cref="ConsonantSkeleton.Readings"/>).</summary>
    public static void AddSkeleton(Gazetteer gazetteer, string text, List<NameMatch> matches, Func<NameRef, bool> admit, string? language)
    {
        if (NameTokens.IsArabicScript(text[0]))
        {
            foreach (var name in ConsonantSkeleton.Readings(text, language).SelectMany(gazetteer.BySkeleton).Distinct().Where(admit))
            {
                matches.Add(new NameMatch(name, Skeleton, $"its consonants match {TheName(name)}"));
            }
        }
    }

    /// <summary>
    /// The places a Tajik spelling also names when it is another place's name as it stands: Tajik
    /// writes Afghan Fayzabad "Файзобод", which GeoNames gives as the name of a Tajik village. Both
    /// are candidates; the exact name ranks first unless the text says otherwise.
    /// </summary>
    public static void AddTajikSpellings(Gazetteer gazetteer, string text, List<NameMatch> matches)
    {
        // A dateline writes the name in capitals ("ФАЙЗОБОД"): the letter is read in either case.
        var lower = text.ToLowerInvariant();
        if (text.Length == 0 || !CyrillicStem.IsCyrillic(text[0]) || lower.AsSpan().IndexOfAny('о', 'ё') < 0 || NameTokens.Split(text).Count != 1)
        {
            return;
        }

        // Tajik writes the Persian long a as о, and "yā" as ё, where Russian writes а and я ("Ёвон", Russian "Яван": Khatlon's Yovon and
        // Badakhshan's Yawan alike; "Амударё", "Амударья").
        var russian = lower.Replace('о', 'а');
        foreach (var spelling in lower.Contains('ё', StringComparison.Ordinal) ? [russian, russian.Replace('ё', 'я')] : new[] { russian })
        {
            foreach (var name in gazetteer.ByKey(NameTokens.Key(spelling)).Where(n => matches.All(m => m.Name.Place.Id != n.Place.Id)))
            {
                matches.Add(new NameMatch(name, Inflected, $"the Tajik spelling of {TheName(name)}"));
            }
        }
    }

    /// <summary>
    /// A Tajik word read as the Persian name it writes ("Чин": چین, "Кишми": کشم with the ezafe), for a country, province
    /// or capital or a place of the region: Tajik reports name Afghan districts the gazetteer has only in Persian script.
    /// Russian spellings of Dari names follow the Persian letters too ("Аргу" for ارگو), which a cue word lets the text scanner try.
    /// </summary>
    public static void AddPersianWritten(Gazetteer gazetteer, string text, List<NameMatch> matches)
    {
        if (NameTokens.Split(text).Count != 1)
        {
            return;
        }

        var forms = CyrillicStem.Of(text) is { } stem && stem.Length < text.Length ? new[] { text, stem } : [text];
        foreach (var form in forms)
        {
            foreach (var name in gazetteer.ByPersianSkeleton(TajikPersian.Skeleton(form)).Where(n => WritesPersianName(form, n)))
            {
                matches.Add(new NameMatch(name, Inflected, $"the Tajik spelling of {TheName(name)}"));
            }

            if (matches.Count > 0)
            {
                return;
            }
        }
    }

    // A place of the region, or a country, province or capital far away that the gazetteer has no Tajik name for: a far place's own
    // Tajik name ("Гаити") is what Tajik texts write, so a word that writes its Persian name ("Ҳайати", delegation: هیئت) is no place.
    // CLDR gives many countries the Russian name as their Tajik one ("Германия"), and Tajik texts write the Persian name in Tajik
    // letters beside it ("Олмон", آلمان): such a country is read through Persian too, but only where every vowel of the word is a
    // letter of the Persian name, as in a name spelt out; a common word's short vowels are unwritten ("Ҳайати" is not هائیتی).
    private static bool WritesPersianName(string word, NameRef name)
    {
        var place = name.Place;
        if (PlacePrior.IsRegional(place) || ((place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital) && !place.Names.Any(n => n.Language == "tg")))
        {
            return TajikPersian.Writes(word, name.Name.Text);
        }

        return place.Kind == PlaceKinds.Country && !HasOwnTajikName(place) && TajikPersian.Writes(word, name.Name.Text, everyVowelWritten: true);
    }

    private static bool HasOwnTajikName(Place place) =>
        place.Names.Any(n => n.Language == "tg" && !place.Names.Any(r => r.Language == "ru" && r.Text == n.Text));

    /// <summary>A form with grammatical affixes taken off ("وبدخشان", "Ишкашимский"), matched by key or Cyrillic stem.</summary>
    private static void AddForms(Gazetteer gazetteer, string text, List<NameMatch> matches, string? language)
    {
        foreach (var (form, how) in WordForms.Of(text, language))
        {
            // An adjective made from a country's name is its people's, a demonym, no place: "Российские военнослужащие" (Russian
            // servicemen) says nothing happened in Russia. A province's or district's adjective names it ("в Хатлонской области").
            var adjective = how.StartsWith(WordForms.AdjectiveOf, StringComparison.Ordinal);
            foreach (var name in gazetteer.ByKey(NameTokens.Key(form)))
            {
                if (adjective && name.Place.Kind == PlaceKinds.Country)
                {
                    continue;
                }

                matches.Add(new NameMatch(name, Inflected, $"{how} {TheName(name)}"));
            }

            // A Tajik spelling with a case ending ("Бадахшони": ezafe -и on Бадахшон, the Tajik form of Бадахшан).
            if (matches.Count == 0 && CyrillicStem.Of(form) is { } stem && NameTokens.Split(form).Count == 1)
            {
                foreach (var name in gazetteer.ByStem(NameFolding.Fold(stem)))
                {
                    if (adjective && name.Place.Kind == PlaceKinds.Country)
                    {
                        continue;
                    }

                    matches.Add(new NameMatch(name, Inflected, $"{how} a case form of {TheName(name)}"));
                }
            }

            if (matches.Count > 0)
            {
                return;
            }
        }
    }

    /// <summary>A Cyrillic case form ("Бадахшане") or a genitive -s ("Afghanistans", "Afghanistan's", folded alike).</summary>
    public static void AddInflected(Gazetteer gazetteer, string text, string key, List<NameMatch> matches, string? language = null)
    {
        if (AddTownsNamedByAdjective(gazetteer, text, matches))
        {
            return;
        }

        if (CyrillicStem.Of(text) is { } stem && NameTokens.Split(text).Count == 1)
        {
            foreach (var name in gazetteer.ByStem(NameFolding.Fold(stem)))
            {
                matches.Add(new NameMatch(name, Inflected, $"a case form of {TheName(name)}"));
            }

            // A Tajik name with its ezafe ("шаҳри Фархори вилояти Тахор", the town of Farkhar of Takhar province) is also the Afghan
            // place Tajik spells so, as the name without it is (see AddTajikSpellings).
            if (language == "tg" && matches.Count > 0 && stem.Length == text.Length - 1 && text.EndsWith('и'))
            {
                AddTajikSpellings(gazetteer, stem, matches);
            }

            // A Russian spelling the gazetteer lacks is often the letter-for-letter Cyrillic of the Latin name of a place of the region
            // ("у Рушана": Rushan, where GeoNames has only the Tajik "Рӯшон"): its stem folds to that name's key.
            List<NameRef> latin = matches.Count > 0 ? [] : RegionalLatin(gazetteer, stem);
            // A Latin name ending in -a declines as a Russian noun in -а ("в Маймане", "из Майманы": Maymana): its stem lacks the -a.
            if (latin.Count == 0 && matches.Count == 0 && IsFeminineCaseForm(text, stem))
            {
                latin = RegionalLatin(gazetteer, stem + "а");
            }

            foreach (var name in latin)
            {
                matches.Add(new NameMatch(name, Inflected, $"a case form of the Russian spelling of {TheName(name)}"));
            }
        }
        else if (language == "ru" && IsShortFeminineCaseForm(text))
        {
            // A name of four letters in -а declines too ("в Акчу", to Aqcha), but its stem of three letters is too short to stem every
            // word by: only a capitalised word of Russian text (Tajik does not decline so, and "Каме" is its "a little") whose -а form
            // is the Russian spelling of a Latin name of the region is read so.
            foreach (var name in RegionalLatin(gazetteer, text[..^1] + "а"))
            {
                matches.Add(new NameMatch(name, Inflected, $"a case form of the Russian spelling of {TheName(name)}"));
            }
        }
        else if (key.Length > 4 && key[^1] == 's')
        {
            foreach (var name in gazetteer.ByKey(key[..^1]))
            {
                matches.Add(new NameMatch(name, Inflected, $"the possessive of {TheName(name)}"));
            }
        }
    }

    /// <summary>
    /// A town named by an adjective declines as one ("под Московским", near Moskovskiy): its case forms are the town's before they are
    /// an adjective made from another name (Moscow's). Only where the adjective names towns alone: one that also names a district
    /// ("Ишкашимский", "Советский") is read by the adjective's own rule (<see cref="WordForms"/>), which finds every place of its stem,
    /// and the kind word beside it decides ("Ишкашимским районом").
    /// </summary>
    private static bool AddTownsNamedByAdjective(Gazetteer gazetteer, string text, List<NameMatch> matches)
    {
        var towns = WordForms.MasculineNominative(text) is { } nominative ? gazetteer.ByKey(NameTokens.Key(nominative)) : [];
        if (towns.Count == 0 || towns.Any(n => n.Place.Kind != PlaceKinds.PopulatedPlace))
        {
            return false;
        }

        foreach (var name in towns)
        {
            matches.Add(new NameMatch(name, Inflected, $"a case form of {TheName(name)}"));
        }

        return true;
    }

    private static List<NameRef> RegionalLatin(Gazetteer gazetteer, string cyrillic) =>
        gazetteer.ByKey(NameFolding.Fold(cyrillic)).Where(n => PlacePrior.IsRegional(n.Place) && !CyrillicStem.IsCyrillic(n.Name.Text[0])).ToList();

    // The endings a Russian noun in -а takes in the other cases: genitive -ы (-и after к, г, х, ж, ш, ч, щ), dative and prepositional -е,
    // accusative -у, instrumental -ой.
    private static readonly string[] FeminineEndings = ["ы", "и", "е", "у", "ой"];

    private static bool IsShortFeminineCaseForm(string word) =>
        word.Length == 4 && CyrillicStem.IsCyrillic(word[0]) && char.IsUpper(word[0]) && word[^1] is 'ы' or 'и' or 'е' or 'у';

    private static bool IsFeminineCaseForm(string word, string stem) =>
        FeminineEndings.Any(e => word.Length == stem.Length + e.Length && word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static void AddPrefixes(Gazetteer gazetteer, string key, List<NameMatch> matches)
    {
        var keys = gazetteer.Keys;
        var low = 0;
        var high = keys.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(keys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < keys.Count && i - low < MaxPrefixMatches && keys[i].StartsWith(key, StringComparison.Ordinal); i++)
        {
            if (keys[i].Length > key.Length)
            {
                foreach (var name in gazetteer.ByKey(keys[i]))
                {
                    matches.Add(new NameMatch(name, Prefix, $"the start of {TheName(name)}"));
                }
            }
        }
    }

    /// <summary>"the Persian name ‘بدخشان’", or "the name ‘Badakhshan’" for the gazetteer's own name: words a reader of the suggestion understands.</summary>
    private static string TheName(NameRef name) => $"the {LanguageName(name.Name.Language)}name ‘{name.Name.Text}’";

    private static string LanguageName(string code)
    {
        if (code.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName + " ";
        }
        catch (CultureNotFoundException)
        {
            return code + " ";
        }
    }
}
