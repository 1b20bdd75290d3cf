using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// The candidate scan: every word that may start a name is read as the longest name there, and a name found is described by the
// kind words, list, verb or alias around it.
public sealed partial class MentionFinder
{
    // A scan keeps the folded keys of the last words read, by position: a run of words reads a few words ahead and never far back, and
    // keys kept for every word of a long text would all outlive the collector's youngest generation.
    private const int KeySlots = 64; // a power of two: a word's slot is its position's low bits

    // CueAfter: the kind named by a plural cue word after this very mention, or after the list it opens, which the list before it shares;
    // Left: the clause says the place was left or lost (TerritoryCues.IsLeft), so the people who left it held it.
    private sealed record Found(TextSpan Span, List<NameMatch> Matches, string? KindHint, string? CueAfter = null, bool Seat = false, bool Taken = false, bool Capital = false, bool Left = false);

    private List<Found> Scan(string text, List<Token> tokens, string? language, List<TextSpan> datelines)
    {
        var keys = new (int At, string? Key)[KeySlots];
        string KeyOf(int i)
        {
            ref var slot = ref keys[i & (KeySlots - 1)];
            if (slot.Key is null || slot.At != i)
            {
                slot = (i, FoldedWords.Of(WordCopies.Of(text, tokens[i])));
            }

            return slot.Key!;
        }

        // One delegate for the whole scan: passing the local function at each call would make a delegate for every word read.
        Func<int, string> keyOf = KeyOf;
        var found = new List<Found>();
        (int At, (int Last, List<NameMatch> Matches) Name) ahead = (-1, (-1, []));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameAt(text, tokens, i, keyOf, language, ahead) is not (var last, var matches))
            {
                continue;
            }

            var listed = matches.Count == 0 && tokens[i].Length > 1 ? KindCues.ListCue(text, tokens, i, offices: false) : null;
            if (matches.Count == 0 && tokens[i].Length > 1 && NextListItem(text, tokens, i) is { } next && NameTokens.IsArabicScript(text[tokens[i].Start]))
            {
                ahead = ahead.At == next ? ahead : (next, Longest(text, tokens, next, keyOf, language));
            }

            var neighbour = matches.Count == 0 && NameTokens.IsArabicScript(text[tokens[i].Start]) ? ListNeighbourKind(text, tokens[i], found, ahead.At > i ? ahead.Name.Matches : []) : null;
            var cue = matches.Count == 0 ? CueForUnknownWord(text, tokens, i, listed, neighbour, language) : null;
            if (cue is not null)
            {
                // A kind word before a list or after the word ("уездов Ворудж, …", "د پنج سیند") makes a looser guess safe: it must be a place of that kind.
                matches = CuedGuess(WordCopies.Of(text, tokens[i]), keyOf(i), cue, language);
                KeepListItemsProvince(text, tokens[i], found, matches);
            }

            if (matches.Count == 0 || !Plausible(text, tokens, i, last, matches, language, datelines, cued: cue is not null || ShortNameOfCuedKind(text, tokens, i, last, matches)))
            {
                continue;
            }

            (var name, i) = Kept(text, tokens, i, last, matches, listed, found, language, keyOf);
            found.Add(name);
        }

        ReadAcrossNames(text, found);
        return found;
    }

    /// <summary>
    /// The longest name at word <paramref name="i"/> (its last word and matches, none when the word may start one but reads as no name),
    /// or null when no name starts there: a word that may not start one, a bridge word no name follows, or a kind word before the name
    /// it is listed with. The next list item, read ahead for a word that is no name as it stands (<paramref name="ahead"/>), is read only once.
    /// </summary>
    private (int Last, List<NameMatch> Matches)? NameAt(string text, List<Token> tokens, int i, Func<int, string> keyOf, string? language, (int At, (int Last, List<NameMatch> Matches) Name) ahead)
    {
        // A bridge word in lower case starts a crossing's name when the town after it ends one ("jembatan Khorog", "pont de Khorog"),
        // and so does the lower-case head word of a name the gazetteer writes so ("пойгоҳи 201-уми низомӣ").
        var bridge = !NameTokens.MayStartName(text, tokens[i])
            && (CrossingNames.IsBridgeWord(WordCopies.Of(text, tokens[i])) || Geocoder.Gazetteer.StartsNameInLowerCase(keyOf(i)));
        if ((!NameTokens.MayStartName(text, tokens[i]) && !bridge) || keyOf(i).Length < 2)
        {
            return null;
        }

        var (last, matches) = ahead.At == i ? ahead.Name : Longest(text, tokens, i, keyOf, language);
        if (bridge && (last == i || matches.Count == 0))
        {
            return null;
        }

        if (last > i && IsKindWord(WordCopies.Of(text, tokens[i]), language) && Longest(text, tokens, i + 1, keyOf, language) is { Matches.Count: > 0 } rest && rest.Last == last)
        {
            // "ولاية قندوز", listed whole as a name: in running text the kind word is a cue to the name after it, not part of it, with
            // the article or "and" written onto it too ("عاصمة الولاية قندوز", the province's capital Kunduz).
            return null;
        }

        if (last > i && EndsWithOwnAdminWord(text, tokens[last], matches))
        {
            // "Хатлонская область", listed whole as a name: the province or district word after the name is a cue too, not part of it.
            last--;
        }

        return (last, matches);
    }

    // A name kept, from word i to word last: widened to a leading word and a guessed bridge word, given the kinds the words around it
    // say, and described; with the index of its last word, where the scan goes on.
    private (Found Name, int Last) Kept(string text, List<Token> tokens, int i, int last, List<NameMatch> matches, string? listed, List<Found> found, string? language, Func<int, string> keyOf)
    {
        // A shrine's word before a village named whole after its saint ("زیارت شاه مقصود", Ziarat-e Shah Maqsud) says what stands
        // there, as "the Shah Maqsud shrine" does: the name is the saint's, which the village bears.
        var first = last > i && LandmarkWords.IsBuildingWord(WordCopies.Lower(text, tokens[i])) ? i + 1 : LeadingWord(text, tokens, i, last, matches, found, language);
        (first, last, matches) = WithGuessedBridge(text, tokens, first, last, matches);
        var span = new TextSpan(AfterJoiningStroke(text, tokens[first]), tokens[last].End);
        AddKindWordApart(text, span, KindCues.Before(text, tokens, first), KindCues.After(text, tokens, last), matches);
        if (last == i && CueBesideOneWord(text, tokens, i) is { } cued && Fitting(cued, matches) is null)
        {
            AddGuessesOfKind(span.Of(text), keyOf(i), cued, language, matches);
        }

        return (Described(text, tokens, first, last, span, matches, listed, found), last);
    }

    /// <summary>
    /// An Arabic word with "and" written onto it, guessed by the kind word of a list, right after the list's item before it, is a place
    /// of that item's province, as the districts of one list are ("مديريتي خاكريز وغورك", "مديريات ميوند وزهري ونيش"): a guess from
    /// another province is a word of the sentence ("إلى منطقة فرخار وجرى نزع سلاحهم", to the Farkhor district, and they were disarmed).
    /// </summary>
    private static void KeepListItemsProvince(string text, Token word, List<Found> found, List<NameMatch> matches)
    {
        if (matches.Count == 0 || text[word.Start] != 'و' || found.Count == 0 || found[^1].Span.End > word.Start
            || !text.AsSpan(found[^1].Span.End, word.Start - found[^1].Span.End).Trim(" \u00A0").IsEmpty)
        {
            return;
        }

        var provinces = found[^1].Matches.Select(m => m.Name.Place.Admin1).ToHashSet(StringComparer.Ordinal);
        matches.RemoveAll(m => !provinces.Contains(m.Name.Place.Admin1));
    }

    /// <summary>
    /// Whether a short word found as a name stands beside a kind word, or in a list after one, that fits one of its places of the region
    /// ("уездами Майванд, Жари и Неш": the Kandahar districts Zhari and Nesh, whose Cyrillic spelling folds onto their Latin names but
    /// is not theirs letter for letter): the kind word is the evidence a short word otherwise lacks, as it is for a guess.
    /// </summary>
    private static bool ShortNameOfCuedKind(string text, List<Token> tokens, int first, int last, List<NameMatch> matches) =>
        first == last && tokens[first].Length <= ShortKey && matches.Exists(m => PlacePrior.IsRegional(m.Name.Place))
        && CueBesideOneWord(text, tokens, first) is { } kind && matches.Exists(m => PlacePrior.IsRegional(m.Name.Place) && Geocoder.FitsKind(kind, m.Name.Place.Kind));

    // What the words around a found name say of it: the kind its cue words, list, verb or alias ask for, and whether it is a district
    // and seat at one point, a district taken, or a province capital.
    private Found Described(string text, List<Token> tokens, int first, int last, TextSpan span, List<NameMatch> matches, string? listed, List<Found> found)
    {
        // A cue that fits none of the candidates belongs to another name ("د بدخشان ولایت خواهان …": the province is Badakhshan's).
        (int Start, int End)? nameBefore = found.Count > 0 ? (found[^1].Span.Start, found[^1].Span.End) : null;
        var (before, after) = (Fitting(KindCues.BeforeBeside(text, tokens, first, nameBefore), matches), Fitting(KindCues.After(text, tokens, last), matches));
        // A kind word right after the name binds closer than one reached over "of" ("the Aliabad districts of Kunduz province").
        before = KindCues.RightBefore(text, tokens, first) is null && after is not null ? after : before;
        var capital = TerritoryCues.NamesProvinceCapital(Geocoder.Gazetteer, matches)
            && !(found.Count > 0 && InOneList(text, found[^1].Span, span) && NamesakeOfNeighbours(matches, found[^1]));
        var listEnd = KindCues.ListEndCue(text, tokens, last);
        listed = ListKindFor(Fitting(listed ?? KindCues.ListCue(text, tokens, first), matches) ?? Fitting(listEnd, matches), capital);
        var crossed = Fitting(KindCues.ByVerb(text, tokens, first, last), matches) ?? (RiverSides.NamesFarSide(text, span) ? Fitting(PlaceKinds.River, matches) : null);
        var alias = found.Count > 0 && found[^1].KindHint is { } named && AliasPhrases.IsAlias(text.AsSpan(found[^1].Span.End, span.Start - found[^1].Span.End)) ? Fitting(named, matches)
            : SecondNameKind(text, found, span, matches);
        var pluralAfter = after is not null && KindCues.AfterIsPlural(text, tokens, last);
        // A settlement word beside the name makes it the town, whatever its list neighbours were.
        var seat = TerritoryCues.NamesDistrictAndSeat(Geocoder.Gazetteer, matches) && !TerritoryCues.NearSettlementWord(text, tokens, first, last);
        // A district taken passes the verb along its list even when it has no same-named town ("took Namak Ab and Khwaja Ghar").
        // An apposition that says what it is decides first ("the area of Chah Ab, a town …": no district left; "Murghob, its district").
        var apposed = Fitting(KindCues.ApposedKind(text, tokens, last), matches);
        var takes = apposed is null && (seat || matches.Exists(m => m.Name.Place.Kind == PlaceKinds.District)) && TerritoryCues.IsTaken(text, tokens, first, last);
        var taken = seat && takes ? PlaceKinds.District : null;
        var neighbour = !capital && NeighbourWords.Before(text, tokens, first) ? Fitting(PlaceKinds.District, matches) : null;
        return new Found(span, matches, apposed ?? before ?? after ?? listed ?? crossed ?? alias ?? taken ?? neighbour, pluralAfter ? after : listEnd, seat, takes, capital, takes && TerritoryCues.IsLeft(text, tokens, first, last));
    }

    // The kind word for an unknown word (no demonym, no kind word itself): a list's, one after it in its clause, or a list neighbour's kind;
    // an Arabic bare root (IsBareRoot) takes only a kind word right beside it.
    private static string? CueForUnknownWord(string text, List<Token> tokens, int i, string? listed, string? neighbour, string? language)
    {
        var word = WordCopies.Of(text, tokens[i]);
        // Pashto writes the kind word after the name ("د بغلان ولایت نهرین او برکه ولسوالۍ", Baghlan province's Nahrin and Burka
        // districts): one right after the word names it, before a list cue, which may be the kind word of the name before the list.
        var after = KindCues.AfterInClause(text, tokens, i);
        var cue = word.Length > 1 && !Demonyms.IsDemonym(word) && !KindCues.IsCue(word) ? (language == "ps" ? after ?? listed : listed ?? after) ?? neighbour : null;
        return cue is not null && language == "ar" && IsBareRoot(WordCopies.Of(text, tokens[i])) && (KindCues.RightBefore(text, tokens, i) ?? KindCues.After(text, tokens, i)) is null ? null : cue;
    }

    // A kind word as written, or with Arabic's article or "and" written onto it ("الولاية", "والولاية").
    private static bool IsKindWord(string word, string? language)
    {
        if (KindCues.IsCue(word))
        {
            return true;
        }

        foreach (var stem in WordForms.WithoutPrefixes(word, language))
        {
            if (KindCues.IsCue(stem))
            {
                return true;
            }
        }

        return false;
    }
}
