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
/// after it resolved to (so "Fayzabad" in a text about Badakhshan is Badakhshan's), namesakes read together are settled
/// (<see cref="Namesakes"/>), and an area read across the border from the town it qualifies is set right (<see cref="AreaQualifiers"/>). Thread-safe. Its parts, by job: the candidate scan (MentionFinder.Scan.cs) reads the longest name at
/// each word (.Longest, .PersoArabicNames, guesses a kind word allows in .CuedGuesses), keeps it only when plausible (.Plausible)
/// and passes what it says along lists (.Lists, .AcrossNames); each mention is then ranked in its context (.Context).
/// </summary>
public sealed partial class MentionFinder(Geocoder geocoder)
{
    private const int CandidatesKept = 3;
    private const int ContextMentions = 20;
    private const int DemonymReach = 300;

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
        var captions = parts.Where(p => p.Part == ArticlePart.Caption).Select(p => p.Span).ToList();
        var tokens = NameTokens.Split(text); // the words are split once, for the names and the demonyms
        var found = Scan(text, tokens, language, datelines);
        var story = StoryOf(found, parts);
        var countryCues = Demonyms.Find(text, tokens);
        var sentences = CutAt(SentenceSplitter.Split(text), Cuts(text, credits, datelines, found));
        var codePoints = new CodePointIndex(text);
        var first = found.Select(f => Geocoder.BestPlace(f.Matches, GeocodeContext.None with { KindHint = f.KindHint })).ToList();
        var countries = found.Select((f, o) => (f, o)).Where(x => first[x.o]?.Kind == PlaceKinds.Country).Select(x => new CountryCue(x.f.Span.Start, x.f.Span.End, first[x.o]!.Id))
            .ToList();
        var countryMentions = countries;
        countries = [.. countries.Concat(countryCues).OrderBy(c => c.At)];
        var mentions = new List<PlaceMention>();
        var evidence = new List<MentionEvidence>();
        var crossing = new bool?[sentences.Count];
        var callUpOffice = new bool?[sentences.Count];
        var sentence = 0; // mentions and sentences both run in text order
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        var (around, others) = (new List<int>(), new List<Place>());
        List<Place> points = [];
        string? filedFrom = null; // the country of the last dateline's place
        var read = new Place?[found.Count]; // each mention's reading in its context, once ranked
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
            var near = SaidCountry(text, found[m], cues, countryMentions, countries, bounds)
                ?? (sentences.Count > 0 && CallUpOffices.OnBothSides(found[m].Matches) && (callUpOffice[sentence] ??= CallUpOffices.Named(text, bounds)) ? CallUpOffices.Country : null);
            var crosses = sentences.Count > 0 && (crossing[sentence] ??= CrossingDestination.TellsCrossing(text, bounds));
            mentioned = MentionedIds(others, cues, mentioned, ids);
            points = PointsAmong(others, points);
            var sentencePlaces = InSentence(text, found, first, around, m, bounds, countryMentions);
            var inDateline = Within(datelines, found[m].Span);
            if (OnlyGuessed(found[m].Matches) && Within(credits, found[m].Span) && BeforeCommaAndPlace(text, found, m))
            {
                // A credit line names a reporter, a comma, and the city the reporter works from: a word only guessed to be a place
                // before that comma ends the reporter's name ("تحریر: کلارا بیننگ، کابل": Bangi's consonants in a surname).
                continue;
            }

            // A dateline says where the report was filed, not what it is about: the story's provinces and countries say nothing of it.
            var context = new GeocodeContext(inDateline ? GeocodeContext.None.MentionedIds : mentioned, points, found[m].KindHint)
            {
                ReferencePlaces = found[m].Matches.Exists(x => x.Name.Place.Kind == PlaceKinds.Site) ? ReferencesAmong(text, found, around, bounds, first) : [],
                // In a crossing the country named before the place is the one left ("Afghan soldiers crossed at Ishkashim"), not the place's.
                InCredit = Within(credits, found[m].Span),
                FiledFrom = filedFrom is not null && near is null && Within(captions, found[m].Span) && OfTwoCountries(found[m].Matches)
                    && !NamedElsewhere(found, read, around, m, filedFrom) ? filedFrom : null,
                Country = near, SentencePlaces = sentencePlaces, ClauseCountry = crosses ? null : ClauseCountry(text, countryMentions, bounds, found[m].Span),
                AcrossFrom = near is null && OfTwoCountries(found[m].Matches) ? RiverSides.AcrossFrom(text, bounds, found[m].Span, sentencePlaces) : null,
                LeftCountry = crosses ? CrossingDestination.LeftCountry(text, bounds, found[m].Span, Demonyms.Around(countries, found[m].Span.Start, DemonymReach)) : null,
            };
            var candidates = Geocoder.Rank(found[m].Matches, context, CandidatesKept);
            if (candidates.Count > 0)
            {
                var span = found[m].Span;
                mentions.Add(new PlaceMention(span.Of(text), codePoints.Of(span.Start), codePoints.Of(span.End), found[m].KindHint, candidates));
                evidence.Add(new MentionEvidence(span, sentence, near, ReadOnItsOwnEvidence(candidates[0].Place, context)));
                filedFrom = inDateline ? candidates[0].Place.Country : filedFrom;
                read[m] = candidates[0].Place;
            }
        }

        Namesakes.Settle(text, mentions, evidence);
        AreaQualifiers.Settle(text, mentions, evidence);
        WordCopies.Release();
        return mentions;
    }
}
