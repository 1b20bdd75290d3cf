using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// Guesses a kind word beside a word allows ("مديرية بنكي", "уезды Тешкан"): names written with their kind word apart, a letter off, or
// by their consonants, always of the cued kind and of the region.
public sealed partial class MentionFinder
{
    private const int MinCuedConsonants = 3;
    private const int MinCuedKey = 4;

    // The kind word beside a one-word name, before it, after it in its clause or before the list it ends: a list's kind word asks the
    // same of every item ("les districts de Bangui et de Tchal": Tchal, which folds as Thal in Pakistan does, is the district Chal).
    private static string? CueBesideOneWord(string text, List<Token> tokens, int at) =>
        KindCues.Before(text, tokens, at) ?? KindCues.AfterInClause(text, tokens, at) ?? KindCues.ListCue(text, tokens, at, offices: false);

    // A kind word that fits none of the word's places asks for a place of that kind ("مديرية بانج": the Panj district, which the
    // gazetteer names only in Latin script, not the river of that Arabic name): guessed as for an unknown word. Added one by one, a
    // place once: no closure over the matches, which would be made for every word of the scan.
    private void AddGuessesOfKind(string word, string key, string kind, string? language, List<NameMatch> matches)
    {
        foreach (var guess in CuedGuess(word, key, kind, language))
        {
            if (!HasPlace(matches, guess.Name.Place.Id))
            {
                matches.Add(guess);
            }
        }
    }

    /// <summary>
    /// Matches for a word the gazetteer spells otherwise, allowed by the kind a cue word names: a name whose kind word stands
    /// apart ("د پنج سیند" for "دریای پنج"), a dropped or added letter (also in the word's other forms: "Ворудж" as Tajik
    /// for "Варудж", one letter off "Вардудж"), or a Perso-Arabic consonant skeleton of three consonants ("یمگان", Yamgan).
    /// </summary>
    private List<NameMatch> CuedGuess(string word, string key, string kind, string? language)
    {
        var matches = WithKindWordApart(word, key, kind).ToList();
        // So is one of the word's forms: Arabic writes "and" onto every item of a list after the first ("مديريات ميوند وزهري ونيش").
        foreach (var form in WordForms.Of(word, language).Select(f => f.Form).Where(_ => matches.Count == 0))
        {
            matches.AddRange(WithKindWordApart(form, NameKeys.Of(form), kind));
        }

        bool Admit(NameRef name) =>
            Geocoder.FitsKind(kind, name.Place.Kind) && PlacePrior.IsRegional(name.Place) && ConsonantSkeleton.OfLatin(name.Name.Text).Length >= MinCuedConsonants
            && (NameTokens.IsArabicScript(key[0]) || Math.Abs(NameKeys.Of(name.Name.Text).Length - key.Length) <= 1);

        foreach (var form in WordForms.Of(word, language).Select(f => f.Form).Prepend(word).Where(_ => matches.Count == 0))
        {
            var formKey = NameKeys.Of(form);
            if (formKey.Length >= MinCuedKey)
            {
                NameMatcher.AddLooser(Geocoder.Gazetteer, form, formKey, matches, 1, Admit, language);
            }
        }

        if (matches.Count == 0 && key.Length >= MinCuedKey && CyrillicStem.IsCyrillic(word[0]))
        {
            // A Russian spelling of a Dari name the gazetteer has only in Persian script ("уезды Тешкан и Аргу": ارگو), read letter by letter.
            NameMatcher.AddPersianWritten(Geocoder.Gazetteer, word, matches);
        }

        // The looser rules' stricter steps (case forms) admit any place: here, too, only one of the cued kind in the region; when
        // they found none of it ("بنكي" read as a form of another word), the consonants may still name one ("مديرية بنكي": Bangi).
        matches.RemoveAll(m => !Geocoder.FitsKind(kind, m.Name.Place.Kind) || !PlacePrior.IsRegional(m.Name.Place));
        if (matches.Count == 0)
        {
            NameMatcher.AddSkeleton(Geocoder.Gazetteer, word, matches, Admit, language);
        }

        KeepSkeletonsInBorderArea(matches);
        // A word a letter or two off a name, guessed only because a kind word stands beside it, is evidence as weak as its consonants:
        // "the Qala district" is no Qalat of Zabul.
        matches.RemoveAll(m => m.Strength is NameMatcher.OneTypo or NameMatcher.TwoTypos && !PlacePrior.InBorderArea(m.Name.Place));
        return matches;
    }

    // A word's consonants alone name a place in running text only inside the border area (see PlacePrior.InBorderArea).
    private static void KeepSkeletonsInBorderArea(List<NameMatch> matches) =>
        matches.RemoveAll(m => m.Strength == NameMatcher.Skeleton && !PlacePrior.InBorderArea(m.Name.Place));

    // Names the gazetteer writes with their kind word ("دریای پنج", "ولاية قندوز"), for a word that the text writes with that kind word apart.
    // The word apart must be of the kind the name dropped: "Qala" beside "district" is no "Kala Shahrak" (a district whose name ends in
    // "shahrak", township), as "Qala" (a fort) with a district word is not that name without its own word.
    private IEnumerable<NameMatch> WithKindWordApart(string word, string key, string kind) =>
        Geocoder.Gazetteer.ByBareKey(key).Where(n => Geocoder.FitsKind(kind, n.Place.Kind) && KindCues.OfWrittenKindWord(n.Name.Text) is { } dropped && Geocoder.FitsKind(kind, dropped))
            .Select(n => new NameMatch(n, NameMatcher.Inflected, $"'{word}' with the {KindWordOf(kind)} word beside it is {n.Name.Text}"));

    /// <summary>
    /// Adds the places named by a found name and a kind word beside it, when no candidate is of that kind: "في ولاية قندوز" is the
    /// province, whose Arabic name the gazetteer writes "ولاية قندوز", where the bare "قندوز" names only the town.
    /// </summary>
    private void AddKindWordApart(string text, TextSpan span, string? before, string? after, List<NameMatch> matches)
    {
        // Most names have no kind word beside them: nothing to gather, and the name is not copied.
        if (before is null && after is null)
        {
            return;
        }

        var name = span.Of(text);
        foreach (var kind in new[] { before, after }.OfType<string>().Where(k => !matches.Any(m => Geocoder.FitsKind(k, m.Name.Place.Kind))).Distinct().ToList())
        {
            matches.AddRange(WithKindWordApart(name, NameKeys.Of(name), kind).Where(n => matches.All(m => m.Name.Place.Id != n.Name.Place.Id)).ToList());
        }
    }

    private static string KindWordOf(string kind) => kind == PlaceKinds.PopulatedPlace ? "town" : kind;

    private static string? Fitting(string? kind, List<NameMatch> matches)
    {
        // A loop, not a closure: asked several times for every name found.
        foreach (var match in matches)
        {
            if (kind is not null && Geocoder.FitsKind(kind, match.Name.Place.Kind))
            {
                return kind;
            }
        }

        return null;
    }

    // Asked for every pair of neighbouring mentions: read over the list's span, without an enumerator or a copy of each match.
    private static bool HasPlace(List<NameMatch> matches, string id)
    {
        foreach (ref readonly var match in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches))
        {
            if (match.Name.Place.Id == id)
            {
                return true;
            }
        }

        return false;
    }
}
