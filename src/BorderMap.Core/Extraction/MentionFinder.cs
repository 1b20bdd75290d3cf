using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Finds place names in running text and resolves them in the context of the text around them. A name
/// starts at a capitalised word (any word in Perso-Arabic script) and is the longest run of words
/// whose folded key is a gazetteer name, read through spaces and hyphens only; a single word may
/// also be a Cyrillic case form or a genitive. Single words are skipped when they are short and
/// match only through folding, when they are common words that happen to name a small place
/// (<see cref="CommonWords"/>), when a capitalised non-place word follows a town outside
/// Afghanistan and Tajikistan (a first name: "Mary Smith"), and when they start a sentence and name
/// a small town outside Afghanistan and Tajikistan, where the capital letter is no evidence. Each
/// mention is then ranked twice: once alone, then with the provinces, countries and places that the 20 mentions before and
/// after it resolved to (so "Fayzabad" in a text about Badakhshan is Badakhshan's), and namesakes read together are settled
/// (<see cref="Namesakes"/>). Thread-safe.
/// </summary>
public sealed class MentionFinder(Geocoder geocoder)
{
    private const int MaxWords = 6;
    private const double SmallTownPrior = 0.6;
    private const int CandidatesKept = 3;
    private const int ShortKey = 4;
    private const int ContextMentions = 20;
    private const int MinTypoKey = 6;
    private const int MinGuessConsonants = 5;
    private const int DemonymReach = 300;
    private const int MinCuedConsonants = 3;
    private const int MinCuedKey = 4;
    private const int MinWordConsonants = 2;
    // A scan keeps the folded keys of the last words read, by position: a run of words reads a few words ahead and never far back, and
    // keys kept for every word of a long text would all outlive the collector's youngest generation.
    private const int KeySlots = 64; // a power of two: a word's slot is its position's low bits

    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal)
    {
        "and", "or", "und", "oder", "et", "ou", "dan", "atau", "и", "или", "ва", "ё", "و", "یا", "او", "اور",
    };

    // Two names are read as one list when only these and at most one joiner stand between them; the gap is often sentences long, so it
    // is read in place and lowered only when it is short enough to be a joiner.
    private const string ListGapPunctuation = " ,،\u00A0";
    private static readonly int LongestJoiner = ListJoiners.Max(j => j.Length);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerSpans = ListJoiners.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word of a text is folded to test it as a name, and words and gazetteer names are keyed and reduced to consonants again and
    // again while a name is weighed: each is worked out once per word (see WordMemo).
    private static readonly WordMemo<string> FoldedWords = new(NameFolding.Fold);
    private static readonly WordMemo<string> NameKeys = new(NameTokens.Key);
    private static readonly WordMemo<string> PersoArabicSkeletons = new(ConsonantSkeleton.OfPersoArabic);

    public Geocoder Geocoder { get; } = geocoder;

    /// <summary>The place mentions of a text; <paramref name="language"/> (ISO 639-1, when known) selects the stop list.</summary>
    public IReadOnlyList<PlaceMention> Find(string text, string? language = null) => Find(text, language, ArticleStructure.Find(text));

    /// <summary>The place mentions of a text whose captions, bylines and datelines (<paramref name="parts"/>) are already found.</summary>
    internal IReadOnlyList<PlaceMention> Find(string text, string? language, List<ArticleSpan> parts)
    {
        var datelines = parts.Where(p => p.Part == ArticlePart.Dateline).Select(p => p.Span).ToList();
        var credits = parts.Where(p => p.Part == ArticlePart.Byline).Select(p => p.Span).ToList();
        var tokens = NameTokens.Split(text); // the words are split once, for the names and the demonyms
        var found = Scan(text, tokens, language, datelines);
        var story = StoryOf(found, parts);
        var countryCues = Demonyms.Find(text, tokens);
        var sentences = CutAt(SentenceSplitter.Split(text), Cuts(text, credits, datelines));
        var codePoints = new CodePointIndex(text);
        var first = found.Select(f => Geocoder.BestPlace(f.Matches, GeocodeContext.None with { KindHint = f.KindHint })).ToList();
        var countries = found.Select((f, o) => (f, o)).Where(x => first[x.o]?.Kind == PlaceKinds.Country).Select(x => new CountryCue(x.f.Span.Start, x.f.Span.End, first[x.o]!.Id))
            .ToList();
        var countryMentions = countries;
        countries = [.. countries.Concat(countryCues).OrderBy(c => c.At)];
        var mentions = new List<PlaceMention>();
        var evidence = new List<MentionEvidence>();
        var crossing = new bool?[sentences.Count];
        var sentence = 0; // mentions and sentences both run in text order
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        var (around, others) = (new List<int>(), new List<Place>());
        List<Place> points = [];
        for (var m = 0; m < found.Count; m++)
        {
            while (sentence + 1 < sentences.Count && sentences[sentence].End <= found[m].Span.Start)
            {
                sentence++;
            }

            // The context is the mentions around this one, not the whole text: a long text moves between regions.
            Neighbours(found, first, story, m, around, others);
            var cues = Demonyms.Around(countryCues, found[m].Span.Start, DemonymReach);
            var bounds = sentences.Count > 0 ? sentences[sentence] : default;
            var near = SaidCountry(text, found[m], cues, countryMentions, countries, bounds);
            var crosses = sentences.Count > 0 && (crossing[sentence] ??= CrossingDestination.TellsCrossing(text, bounds));
            mentioned = MentionedIds(others, cues, mentioned, ids);
            points = PointsAmong(others, points);
            var sentencePlaces = InSentence(text, found, first, around, m, bounds, countryMentions);
            var context = new GeocodeContext(mentioned, points, found[m].KindHint)
            {
                ReferencePlaces = found[m].Matches.Exists(x => x.Name.Place.Kind == PlaceKinds.Site) ? ReferencesAmong(text, found, around, bounds, first) : [],
                // In a crossing the country named before the place is the one left ("Afghan soldiers crossed at Ishkashim"), not the place's.
                InCredit = credits.Exists(c => c.Start <= found[m].Span.Start && found[m].Span.End <= c.End),
                Country = near, SentencePlaces = sentencePlaces, ClauseCountry = crosses ? null : ClauseCountry(text, countryMentions, bounds, found[m].Span),
                AcrossFrom = near is null && OfTwoCountries(found[m].Matches) ? RiverSides.AcrossFrom(text, bounds, found[m].Span, sentencePlaces) : null,
                LeftCountry = crosses ? CrossingDestination.LeftCountry(text, bounds, found[m].Span, Demonyms.Around(countries, found[m].Span.Start, DemonymReach)) : null,
            };
            var candidates = Geocoder.Rank(found[m].Matches, context, CandidatesKept);
            if (candidates.Count > 0)
            {
                var span = found[m].Span;
                mentions.Add(new PlaceMention(span.Of(text), codePoints.Of(span.Start), codePoints.Of(span.End), found[m].KindHint, candidates));
                evidence.Add(new MentionEvidence(span, sentence, near));
            }
        }

        Namesakes.Settle(text, mentions, evidence);
        WordCopies.Release();
        return mentions;
    }

    // Whether one of a name's places is a river: "the Tajik bank of the Panj" says nothing of the river, nor of the town Panj. A loop.
    private static bool NamesRiver(List<NameMatch> matches)
    {
        foreach (var match in matches)
        {
            if (match.Name.Place.Kind == PlaceKinds.River)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a name's places lie in more than one country: only then is a bank worth reading. A loop: asked for every name.
    private static bool OfTwoCountries(List<NameMatch> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            if (matches[i].Name.Place.Country != matches[0].Name.Place.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The country the words about a mention put it in, strongest first: an adjective or side beside it, the country named after it or
    /// owning it, the country entered beside it, and the country of the people whose post stood there or who left it.
    /// </summary>
    private static string? SaidCountry(string text, Found mention, List<CountryCue> cues, List<CountryCue> countryMentions, List<CountryCue> countries, TextSpan sentence)
    {
        var span = mention.Span;
        return Demonyms.Near(text, cues, span) ?? (NamesRiver(mention.Matches) ? null : RiverSides.SideBefore(text, cues, span)) ?? Demonyms.NamedAfter(text, countryMentions, span)
            ?? Demonyms.OwnerBefore(text, countryMentions, span) ?? Demonyms.EnteredBeside(text, countryMentions, sentence, span)
            ?? (mention.KindHint is null or PlaceKinds.PopulatedPlace ? Demonyms.PostCountry(text, countries, sentence, span) : null)
            ?? (mention.Left ? PeopleCountry.OfLeavers(text, countries, sentence, span) : null);
    }

    /// <summary>
    /// The mentions of the same story within <see cref="ContextMentions"/> of mention <paramref name="m"/> (by index), and the places
    /// they first resolved to that are no namesake of it. Run once per mention, so written as one loop without iterators, into two
    /// lists reused from mention to mention (what the context keeps of them is copied out of them).
    /// </summary>
    private static void Neighbours(List<Found> found, List<Place?> first, int[] story, int m, List<int> around, List<Place> others)
    {
        var from = Math.Max(0, m - ContextMentions);
        var to = Math.Min(found.Count, m + ContextMentions + 1);
        around.Clear();
        others.Clear();
        for (var o = from; o < to; o++)
        {
            if (o != m && story[o] == story[m])
            {
                around.Add(o);
                // A namesake is no neighbour, nor the country named after it: "the bridge between Ishkashim and Ishkashim in Afghanistan"
                // says nothing of the first by the second.
                if (first[o] is { } place && !IsNamesake(found[o], found[m], place))
                {
                    others.Add(place);
                }
            }
        }
    }

    /// <summary>
    /// The provinces and countries among the neighbours' places, and the countries the demonyms around the mention name. Neighbouring
    /// mentions mostly share them, so the previous mention's set (read only, once made) is given again when it holds the same ids;
    /// <paramref name="ids"/> is a list reused from mention to mention to gather them in.
    /// </summary>
    private static HashSet<string> MentionedIds(List<Place> others, List<CountryCue> cues, HashSet<string> previous, List<string> ids)
    {
        ids.Clear();
        foreach (var place in others)
        {
            if ((place.Kind is PlaceKinds.Country or PlaceKinds.Admin1) && !ids.Contains(place.Id))
            {
                ids.Add(place.Id);
            }
        }

        foreach (var cue in cues)
        {
            if (!ids.Contains(cue.Country))
            {
                ids.Add(cue.Country);
            }
        }

        var same = ids.Count == previous.Count;
        for (var i = 0; same && i < ids.Count; i++)
        {
            same = previous.Contains(ids[i]);
        }

        return same ? previous : new HashSet<string>(ids, StringComparer.Ordinal);
    }

    // The points among the neighbours' places; the previous mention's list (read only, once made) when they are the same places.
    private static List<Place> PointsAmong(List<Place> places, List<Place> previous)
    {
        var (count, same) = (0, true);
        foreach (var place in places)
        {
            if (PlaceKinds.IsPoint(place.Kind))
            {
                same = same && count < previous.Count && ReferenceEquals(previous[count], place);
                count++;
            }
        }

        if (same && count == previous.Count)
        {
            return previous;
        }

        var points = new List<Place>(count);
        foreach (var place in places)
        {
            if (PlaceKinds.IsPoint(place.Kind))
            {
                points.Add(place);
            }
        }

        return points;
    }

    /// <summary>
    /// The places the neighbours of mention <paramref name="m"/> in its sentence first resolved to, but for its namesakes and a country
    /// named right after a namesake ("Ishkashim in Afghanistan" beside the other Ishkashim). Run once per mention: a loop, no closures.
    /// </summary>
    private static List<Place> InSentence(string text, List<Found> found, List<Place?> first, List<int> around, int m, TextSpan bounds, List<CountryCue> countryMentions)
    {
        var places = new List<Place>();
        foreach (var o in around)
        {
            if (first[o] is { } place && bounds.Start <= found[o].Span.Start && found[o].Span.Start < bounds.End && !IsNamesake(found[o], found[m], place)
                && !(o > 0 && IsNamesake(found[o - 1], found[m], first[o - 1]) && place.Kind == PlaceKinds.Country && Demonyms.NamedAfter(text, countryMentions, found[o - 1].Span) is not null))
            {
                places.Add(place);
            }
        }

        return places;
    }

    // The places of the sentence named only as a point of reference (a distance or a side of them): asked for a site's mention only.
    private static List<Place> ReferencesAmong(string text, List<Found> found, List<int> around, TextSpan sentence, List<Place?> first) =>
        [.. around.Where(o => first[o] is not null && sentence.Start <= found[o].Span.Start && found[o].Span.Start < sentence.End && IsReference(text, found[o].Span)).Select(o => first[o]!)];

    private static bool IsReference(string text, TextSpan span)
    {
        var (before, beforeStart) = PlaceRoles.WordBefore(text, span.Start);
        return PlaceReferenceCues.IsReference(text, before, beforeStart, span.End);
    }

    /// <summary>The country named last before the mention in its clause and sentence ("Tajikistan sent troops to Murghob"), if any.</summary>
    private static string? ClauseCountry(string text, List<CountryCue> countries, TextSpan sentence, TextSpan mention)
    {
        // Only the last country before the mention can share its clause (an earlier one has that one's words in between too);
        // the countries are in text order, so a binary search finds it without walking a long text's countries.
        var (low, high) = (0, countries.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = countries[middle].End <= mention.Start ? (middle + 1, high) : (low, middle);
        }

        var last = low - 1;
        return last >= 0 && countries[last].At >= sentence.Start && text.AsSpan(countries[last].End, mention.Start - countries[last].End).IndexOfAny(ClauseBreaks) < 0
            ? countries[last].Country : null;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()–—\n،؛");

    // Another mention read as a point (a town, district or river) that this one could name too: the same place, or its namesake.
    // Asked for every pair of neighbouring mentions: a loop, so that no closure is made per pair.
    private static bool IsNamesake(Found other, Found mention, Place? otherPlace) =>
        other != mention && otherPlace is not null && PlaceKinds.IsPoint(otherPlace.Kind) && HasPlace(mention.Matches, otherPlace.Id);

    /// <summary>
    /// Which story each mention belongs to: a "read also" line names another report ("Read more: Tajikistan calls up reservists as
    /// fighting nears Fayzabad"), so its names are read among themselves (number of the line), and the report's names without them (−1).
    /// </summary>
    private static int[] StoryOf(List<Found> found, List<ArticleSpan> parts)
    {
        var others = parts.Where(p => p.Part == ArticlePart.ReadAlso).Select(p => p.Span).ToList();
        return [.. found.Select(f => others.FindIndex(s => s.Start <= f.Span.Start && f.Span.End <= s.End))];
    }

    /// <summary>
    /// Where the sentences are cut into contexts of their own: after a dateline, as where a report was filed ("DOUCHANBÉ, 9 juillet –")
    /// says nothing about the places of its first sentence, and after each reporter of a credit line, as one reporter's city says
    /// nothing of another's ("Умед Саидов, Бохтар; Ольга Иванова, Москва": Moscow, not a village of Bokhtar's province).
    /// </summary>
    private static List<int> Cuts(string text, List<TextSpan> credits, List<TextSpan> datelines)
    {
        var cuts = datelines.ConvertAll(d => d.End);
        foreach (var credit in credits)
        {
            for (var at = text.IndexOf(';', credit.Start, credit.End - credit.Start); at >= 0; at = text.IndexOf(';', at + 1, credit.End - at - 1))
            {
                cuts.Add(at + 1);
            }
        }

        cuts.Sort();
        return cuts;
    }

    private static List<TextSpan> CutAt(List<TextSpan> sentences, List<int> cuts)
    {
        if (cuts.Count == 0)
        {
            return sentences;
        }

        var cut = new List<TextSpan>(sentences.Count + cuts.Count);
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            foreach (var at in cuts.Where(c => sentence.Start < c && c < sentence.End))
            {
                cut.Add(new TextSpan(start, at));
                start = at;
            }

            cut.Add(new TextSpan(start, sentence.End));
        }

        return cut;
    }

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

        var found = new List<Found>();
        (int At, (int Last, List<NameMatch> Matches) Name) ahead = (-1, (-1, []));
        for (var i = 0; i < tokens.Count; i++)
        {
            // A bridge word in lower case starts a crossing's name when the town after it ends one ("jembatan Khorog", "pont de Khorog"),
            // and so does the lower-case head word of a name the gazetteer writes so ("пойгоҳи 201-уми низомӣ").
            var bridge = !NameTokens.MayStartName(text, tokens[i])
                && (CrossingNames.IsBridgeWord(WordCopies.Of(text, tokens[i])) || Geocoder.Gazetteer.StartsNameInLowerCase(KeyOf(i)));
            if ((!NameTokens.MayStartName(text, tokens[i]) && !bridge) || KeyOf(i).Length < 2)
            {
                continue;
            }

            // The next list item, read ahead for a word that is no name as it stands, is read only once.
            var (last, matches) = ahead.At == i ? ahead.Name : Longest(text, tokens, i, KeyOf, language);
            if (bridge && (last == i || matches.Count == 0))
            {
                continue;
            }
            if (last > i && KindCues.IsCue(WordCopies.Of(text, tokens[i])) && Longest(text, tokens, i + 1, KeyOf, language) is { Matches.Count: > 0 } rest && rest.Last == last)
            {
                // "ولاية قندوز", listed whole as a name: in running text the kind word is a cue to the name after it, not part of it.
                continue;
            }

            if (last > i && EndsWithOwnAdminWord(text, tokens[last], matches))
            {
                // "Хатлонская область", listed whole as a name: the province or district word after the name is a cue too, not part of it.
                last--;
            }

            var listed = matches.Count == 0 && tokens[i].Length > 1 ? KindCues.ListCue(text, tokens, i, offices: false) : null;
            if (matches.Count == 0 && tokens[i].Length > 1 && NextListItem(text, tokens, i) is { } next && NameTokens.IsArabicScript(text[tokens[i].Start]))
            {
                ahead = ahead.At == next ? ahead : (next, Longest(text, tokens, next, KeyOf, language));
            }

            var neighbour = matches.Count == 0 && NameTokens.IsArabicScript(text[tokens[i].Start]) ? ListNeighbourKind(text, tokens[i], found, ahead.At > i ? ahead.Name.Matches : []) : null;
            var cue = matches.Count == 0 ? CueForUnknownWord(text, tokens, i, listed, neighbour, language) : null;
            if (cue is not null)
            {
                // A kind word before a list or after the word ("уездов Ворудж, …", "د پنج سیند") makes a looser guess safe: it must be a place of that kind.
                matches = CuedGuess(WordCopies.Of(text, tokens[i]), KeyOf(i), cue, language);
            }

            if (matches.Count == 0 || !Plausible(text, tokens, i, last, matches, language, datelines, cued: cue is not null))
            {
                continue;
            }

            var first = LeadingWord(text, tokens, i, last, matches, found, language);
            var span = new TextSpan(AfterJoiningStroke(text, tokens[first]), tokens[last].End);
            AddKindWordApart(text, span, KindCues.Before(text, tokens, first), KindCues.After(text, tokens, last), matches);
            if (last == i && CueBesideOneWord(text, tokens, i) is { } cued && Fitting(cued, matches) is null)
            {
                AddGuessesOfKind(span.Of(text), KeyOf(i), cued, language, matches);
            }

            found.Add(Described(text, tokens, first, last, span, matches, listed, found));
            i = last;
        }

        ReadAcrossNames(text, found);
        return found;
    }

    // What one name's words say of the names beside it or of its other mentions: a list's plural cue, a district taken, a river.
    private void ReadAcrossNames(string text, List<Found> found)
    {
        SpreadPluralCues(text, found);
        ShareTakenDistricts(text, found);
        RepeatRiverReadings(text, found);
    }

    /// <summary>
    /// A name the text calls a river by a word or verb beside it ("через Пяндж", "дарёи Панҷ") is the river where it is written again
    /// with nothing beside it ("бежавших за Пяндж", "аз Панҷ гурехтаро"): a report does not name a river and a town by one name without
    /// a word to tell them apart. Its towns of that name (Pyandzh, the old name of Dŭstí) would otherwise outrank it. A name listed
    /// beside another place ("Дар Кӯлоб ва Панҷ", in Kulob and Panj) or named as a point to measure from ("25 km west of Panj") is a
    /// town's: a river is neither.
    /// </summary>
    private static void RepeatRiverReadings(string text, List<Found> found)
    {
        var rivers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            if (f.KindHint == PlaceKinds.River)
            {
                rivers.UnionWith(f.Matches.Where(m => m.Name.Place.Kind == PlaceKinds.River).Select(m => m.Name.Place.Id));
            }
        }

        for (var f = 0; rivers.Count > 0 && f < found.Count; f++)
        {
            var listed = (f > 0 && InOneList(text, found[f - 1].Span, found[f].Span)) || (f + 1 < found.Count && InOneList(text, found[f].Span, found[f + 1].Span));
            if (found[f].KindHint is null && !listed && !IsReference(text, found[f].Span) && found[f].Matches.Exists(m => rivers.Contains(m.Name.Place.Id)))
            {
                found[f] = found[f] with { KindHint = PlaceKinds.River };
            }
        }
    }

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
        var crossed = Fitting(KindCues.ByVerb(text, tokens, first, last), matches);
        var alias = found.Count > 0 && found[^1].KindHint is { } named && IsAlias(text.AsSpan(found[^1].Span.End, span.Start - found[^1].Span.End)) ? Fitting(named, matches) : null;
        var pluralAfter = after is not null && KindCues.AfterIsPlural(text, tokens, last);
        // A settlement word beside the name makes it the town, whatever its list neighbours were.
        var seat = TerritoryCues.NamesDistrictAndSeat(Geocoder.Gazetteer, matches) && !TerritoryCues.NearSettlementWord(text, tokens, first, last);
        // A district taken passes the verb along its list even when it has no same-named town ("took Namak Ab and Khwaja Ghar").
        // An apposition that says what it is decides first ("the area of Chah Ab, a town …": no district left; "Murghob, its district").
        var apposed = Fitting(KindCues.ApposedKind(text, tokens, last), matches);
        var takes = apposed is null && (seat || matches.Exists(m => m.Name.Place.Kind == PlaceKinds.District)) && TerritoryCues.IsTaken(text, tokens, first, last);
        var taken = seat && takes ? PlaceKinds.District : null;
        return new Found(span, matches, apposed ?? before ?? after ?? listed ?? crossed ?? alias ?? taken, pluralAfter ? after : listEnd, seat, takes, capital, takes && TerritoryCues.IsLeft(text, tokens, first, last));
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

    // A province's capital is the town unless a district word stands beside its name: a list's district word does not reach it
    // ("ضلع تشکان واپس لے لیا، قندوز میں": Kunduz, the city), nor does a plural district word after the list it ends.
    private static string? ListKindFor(string? listed, bool capital) => capital && listed == PlaceKinds.District ? null : listed;

    private bool NamesakeOfNeighbours(List<NameMatch> matches, Found neighbour) =>
        TerritoryCues.NamesakeOfNeighboursProvince(Geocoder.Gazetteer, matches, neighbour.Matches);

    // "Khwahan, Wakhan and Ishkashim districts": a plural cue after a list names the kind of every place before it too.
    private void SpreadPluralCues(string text, List<Found> found)
    {
        for (var f = found.Count - 2; f >= 0; f--)
        {
            var capital = found[f].Capital && !NamesakeOfNeighbours(found[f].Matches, found[f + 1]);
            if (found[f].KindHint is null && ListKindFor(found[f + 1].CueAfter, capital) is { } kind && InOneList(text, found[f].Span, found[f + 1].Span))
            {
                found[f] = found[f] with { KindHint = kind, CueAfter = kind };
            }
        }
    }

    /// <summary>
    /// "captured Farkhar, Kalafgan and Khwaja Ghar", "زیباک او جرم ته ننوتل": a district and seat taken is taken with every
    /// district-and-seat name listed beside it, whichever end of the list the verb stands at.
    /// </summary>
    private static void ShareTakenDistricts(string text, List<Found> found)
    {
        for (var f = 1; f < found.Count; f++)
        {
            found[f] = Shared(text, found[f - 1], found[f], found[f - 1].Span, found[f].Span);
        }

        for (var f = found.Count - 2; f >= 0; f--)
        {
            found[f] = Shared(text, found[f + 1], found[f], found[f].Span, found[f + 1].Span);
        }
    }

    private static Found Shared(string text, Found from, Found to, TextSpan first, TextSpan second) =>
        to.Seat && to.KindHint is null && from.Taken && InOneList(text, first, second) ? to with { KindHint = PlaceKinds.District, Taken = true } : to;

    /// <summary>
    /// The kind of a place of the region named beside a Perso-Arabic word in a list ("از راه روشان و خاروغ": Khorugh, a town): a
    /// word the gazetteer has only in Latin script is guessed by its consonants as a place of that kind, as a kind word would allow.
    /// </summary>
    private static string? ListNeighbourKind(string text, Token word, List<Found> found, List<NameMatch> next)
    {
        var gap = found.Count > 0 && !text.AsSpan(found[^1].Span.End, word.Start - found[^1].Span.End).Trim(" \u00A0").IsEmpty;
        var before = gap && InOneList(text, found[^1].Span, new TextSpan(word.Start, word.End)) ? found[^1].Matches : [];
        return before.Concat(next).Select(m => m.Name.Place).FirstOrDefault(p => PlacePrior.IsRegional(p) && p.Kind is PlaceKinds.PopulatedPlace or PlaceKinds.District)?.Kind;
    }

    // The first word of the list item after word i, when a comma or "and" follows it at once; a kind word after a comma starts the
    // next clause, no list item ("تسلیم شول، ولسوال وویل": the district governor said).
    private static int? NextListItem(string text, List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return null;
        }

        var joiner = ListJoiners.Contains(WordCopies.Of(text, tokens[i + 1]));
        var next = joiner ? i + 2 : i + 1;
        var comma = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IndexOfAny(",،") >= 0;
        return (joiner || comma) && next < tokens.Count && !KindCues.IsCue(WordCopies.Of(text, tokens[next])) ? next : null;
    }

    // "the Panj, known in Russian as the Пяндж", "the Panj (Пяндж)": the second name is another name of the first, of the same kind.
    private static bool IsAlias(ReadOnlySpan<char> between)
    {
        // Asked of the text between every two names found in a row, most of them sentences apart: the gap is read in place, and only
        // as far as one word more than an alias has. Lowering keeps every break where it was, so the words are found before it.
        Span<Range> words = stackalloc Range[MaxAliasWords + 2];
        var count = between.SplitAny(words, AliasWordBreaks, StringSplitOptions.RemoveEmptyEntries);
        if (count > MaxAliasWords)
        {
            return false;
        }

        var lower = between.Length <= MaxAliasOnStack ? stackalloc char[between.Length] : new char[between.Length];
        between.ToLowerInvariant(lower);
        var first = lower[words[0]];
        if (count > 0 && first is "(")
        {
            return count == 1 || (count == 2 && lower[words[1]] is "the");
        }

        return count >= 2 && AliasWordLookup.Contains(first is "also" ? lower[words[1]] : first) && count - IndexOfAs(lower, words[..count]) <= 2;
    }

    // The first word "as", -1 when there is none, as Array.IndexOf answers.
    private static int IndexOfAs(ReadOnlySpan<char> lower, ReadOnlySpan<Range> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (lower[words[i]] is "as")
            {
                return i;
            }
        }

        return -1;
    }

    private const int MaxAliasOnStack = 256;

    private const int MaxAliasWords = 6;

    private static readonly char[] AliasWordBreaks = [' ', ',', '\u00A0'];

    private static readonly HashSet<string> AliasWords = new(StringComparer.Ordinal) { "known", "called", "named", "известный", "известная", "известной", "также", "auch", "genannt", "appelé", "appelée", "dit", "dite", "disebut", "dikenal" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasWordLookup = AliasWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Matches for a word the gazetteer spells otherwise, allowed by the kind a cue word names: a name whose kind word stands
    /// apart ("د پنج سیند" for "دریای پنج"), a dropped or added letter (also in the word's other forms: "Ворудж" as Tajik
    /// for "Варудж", one letter off "Вардудж"), or a Perso-Arabic consonant skeleton of three consonants ("یمگان", Yamgan).
    /// </summary>
    private List<NameMatch> CuedGuess(string word, string key, string kind, string? language)
    {
        var matches = WithKindWordApart(word, key, kind).ToList();
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

    private static bool HasPlace(List<NameMatch> matches, string id)
    {
        foreach (var match in matches)
        {
            if (match.Name.Place.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two mentions stand in one list, with only a comma or "and" between ("the districts of
    /// Yawan, Kuf Ab and Khwahan", "ноҳияҳои Ишкошим ва Дарвоз"), so that they share a cue word.
    /// </summary>
    private static bool InOneList(string text, TextSpan first, TextSpan second)
    {
        var between = text.AsSpan(first.End, second.Start - first.End).Trim(ListGapPunctuation);
        if (between.IsEmpty || between.Length > LongestJoiner)
        {
            return between.IsEmpty;
        }

        Span<char> lower = stackalloc char[between.Length];
        between.ToLowerInvariant(lower);
        return JoinerSpans.Contains(lower);
    }

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
                // The ezafe joins a name's words, written onto the first ("Дарвози Боло" for Darwaz-e Bala, "Darwaz Bala").
                var ezafe = Run(text, tokens, i, j => j == i ? TajikKey(j)[..^1] : TajikKey(j), NameMatcher.Inflected, "with the ezafe, is the Tajik spelling of");
                best = ezafe.Last > i ? ezafe : best;
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
        var secondIsName = !joined && Geocoder.Gazetteer.ByKey(NameTokens.Key(parts[1])).Count > 0;
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

    // The consonants of each word of a Latin name, split at spaces and hyphens, the ezafe ("-e-", "-i-") left out.
    private static List<string> LatinWordSkeletons(string name) =>
        [.. name.Split(NameWordBreaks, StringSplitOptions.RemoveEmptyEntries).Select(ConsonantSkeleton.OfLatin).Where(k => k.Length > 0)];

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
            if (names.Count > 0)
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

    private static bool EndsWithOwnAdminWord(string text, Token word, List<NameMatch> matches) =>
        KindCues.KindOf(text.Substring(word.Start, word.Length)) is { } kind && kind is PlaceKinds.Admin1 or PlaceKinds.District
        && matches.Count > 0 && matches.All(m => m.Name.Place.Kind == kind);

    private static bool IsRegionalOrImportant(Place place) => place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital || PlacePrior.IsRegional(place);

    // cued: the matches were guessed for a word beside a kind word ("مديرية بنكي"), which is the evidence a short word otherwise lacks.
    private bool Plausible(string text, List<Token> tokens, int first, int last, List<NameMatch> matches, string? language, List<TextSpan> datelines, bool cued = false)
    {
        var important = matches.Any(m => m.Name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital);
        if (CommonWords.InPhotoCredit(text, tokens[first].Start) || ArticleStructure.InCreditedName(text, tokens[first].Start))
        {
            return false;
        }

        if (first != last)
        {
            // A common word and a suffix written apart ("مرکز یې", its centre) may fold onto a name ("مرکزی", Markazi): no name either.
            // Nor are words whose consonants alone meet a name's when the first is a common word ("نورو کلیو", other villages).
            return !CommonWords.Blocks(NameKeys.Of(text[tokens[first].Start..tokens[last].End]), language, important)
                && !(language is not null && matches.TrueForAll(m => m.Strength <= NameMatcher.Skeleton) && CommonWords.Blocks(FoldedWords.Of(WordCopies.Of(text, tokens[first])), language, important));
        }

        var word = WordCopies.Of(text, tokens[first]);
        // A word in capitals in a dateline ("TERMEZ, Uzbekistan, July 11 –") is a place: there the capitals are the evidence.
        if (word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && datelines.Any(d => d.Start <= tokens[first].Start && tokens[first].End <= d.End))
        {
            return true;
        }

        var key = FoldedWords.Of(word);
        if (CommonWords.Blocks(key, language, important) || KindCues.IsGenericWord(word) || CommonWords.IsWeekday(text, tokens, first)
            || CommonWords.FollowsGermanIndefiniteArticle(text, tokens, first, language) || Demonyms.IsCountryAdjective(word) || Demonyms.IsCountryNisba(word, matches)
            || (language is "fa" or "ur" && Demonyms.IsPlaceNisba(word, matches)) || IsTajikTensWithAnd(word))
        {
            return false;
        }

        // Guesses (typos, consonants) need a word that stands alone: not the first part of a name joined by its ezafe ("Dacht-e Qala":
        // no Asht), nor an Arabic noun with its article ("القتال", the fighting), as names of the region are written without one.
        if (matches.TrueForAll(m => m.Strength <= NameMatcher.Skeleton) && (StartsEzafeCompound(text, tokens, first) || word.StartsWith("ال", StringComparison.Ordinal)))
        {
            return false;
        }

        // The second word of a Tajik name joined by the ezafe ("Даври Работ", Dowr-e Rabat) is no far-away place on its own (Rabat).
        if (EndsTajikEzafeCompound(text, tokens, first) && !matches.Exists(m => PlacePrior.IsRegional(m.Name.Place) || m.Name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1))
        {
            return false;
        }

        var focus = matches.Any(m => m.Name.Place.Country is "AF" or "TJ");

        // Folding merges short words too eagerly (German "Ende" and French "Inde"): a short word must be a name as written.
        // A word joined by the non-joiner is two words ("خم‌آب", Kham Ab), not a short one.
        if (key.Length <= ShortKey && !cued && !word.Contains('\u200C', StringComparison.Ordinal) && matches.All(m => m.Strength != NameMatcher.Inflected) && !matches.Any(m => SameLetters(m.Name, word)) && !Transliterated(word, key, matches))
        {
            return false;
        }

        // "Mary Smith": a town name followed by a capitalised word that starts no place is a person's first name; a town of the region
        // too when that word is a surname by its ending ("Парвина Шарипова", a reporter, is no Parun of Nuristan).
        if ((!focus || (last + 1 < tokens.Count && IsSurname(WordCopies.Of(text, tokens[last + 1])))) && matches.All(m => m.Name.Place.Kind != PlaceKinds.Country) && last + 1 < tokens.Count
            && OnlySpaceBetween(text, tokens[last], tokens[last + 1]) && char.IsUpper(text[tokens[last + 1].Start])
            && Longest(text, tokens, last + 1, i => FoldedWords.Of(WordCopies.Of(text, tokens[i])), language).Matches.Count == 0)
        {
            return false;
        }

        return focus || matches.Max(m => PlacePrior.Of(m.Name.Place)) >= SmallTownPrior || !StartsSentence(text, tokens[first].Start);
    }

    // Surnames of the region made from a father's name ("Шарипова", "Раҳмонов", "Karimov", "Назарзода"): no place name ends so.
    private static bool IsSurname(string word) =>
        word.Length >= MinSurname && char.IsUpper(word[0]) && SurnameEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private const int MinSurname = 5;

    private static readonly string[] SurnameEndings = ["ов", "ова", "ев", "ева", "ёв", "ёва", "зода", "ович", "овна", "евич", "евна", "ov", "ova", "ev", "eva", "zoda", "zade"];

    // A short word is a name as written (Persian plain letters for Arabic emphatic ones too: "ترمز" for ترمذ), or, for a place of the
    // region or a country, province or capital, its letter-for-letter transliteration from Cyrillic ("Ҷурм" for Jurm): a transliteration
    // merges no letters, unlike folding ("Ende" and "Inde").
    private static bool SameLetters(NameRef name, string word) =>
        (Plain(name.Name.Text) == Plain(word) || (WordForms.WithPlainLetters(name.Name.Text) is { } plain && Plain(plain) == Plain(word)))
        && (CyrillicStem.IsCyrillic(name.Name.Text[0]) == CyrillicStem.IsCyrillic(word[0]) || PlacePrior.IsRegional(name.Place) || name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital);

    // A word of five letters or more whose folding only merged the letters that write one sound ("Djourm", "Джурм": dj, дж, ou for
    // Jurm's j and u) is a transliteration, not a short word folded onto a name; believed for a place of the region.
    private static bool Transliterated(string word, string key, List<NameMatch> matches) =>
        word.Length >= MinTransliterated && key.Replace(" ", "", StringComparison.Ordinal).Length < word.Count(char.IsLetter) && matches.Any(m => PlacePrior.IsRegional(m.Name.Place));

    private const int MinTransliterated = 5;

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

    // A capitalised Cyrillic word with the ezafe "-и" right before the word, itself no name found: the word ends a Tajik compound name.
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

    private static bool EndsTajikEzafeCompound(string text, List<Token> tokens, int word) =>
        word > 0 && CyrillicStem.IsCyrillic(text[tokens[word - 1].Start]) && char.IsUpper(text[tokens[word - 1].Start]) && text[tokens[word - 1].End - 1] == 'и'
        && OnlySpaceBetween(text, tokens[word - 1], tokens[word]) && !StartsSentence(text, tokens[word - 1].Start);

    // A French article elided onto the next word of a name ("pont d'Ichkachim"): one apostrophe between them.
    private static bool ElidedBefore(string text, Token a, Token b) =>
        b.Start == a.End + 1 && text[a.End] is '\'' or '’' && a.Length <= 2;

    private static bool OnlySpaceBetween(string text, Token a, Token b)
    {
        for (var i = NameTokens.IsDottedOrdinal(text, a) ? a.End + 1 : a.End; i < b.Start; i++)
        {
            if (text[i] is not (' ' or '-' or '\u00A0' or '\u200C'))
            {
                return false;
            }
        }

        return true;
    }
}
