using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// The context of one mention: the mentions around it in its story, the provinces, countries and points they resolved to, the places of
// its sentence, and the country the words about it name, which ranking it reads. Sentences are cut after datelines and reporters first.
public sealed partial class MentionFinder
{
    /// <summary>
    /// Whether a mention's reading rests on evidence of its own, not on its neighbours: a country said beside it (a dateline's
    /// "ISHKOSHIM, Tajikistan"), a kind word that fits it, or its country named before it in its clause. Another mention of the name
    /// with none keeps this reading (<see cref="Namesakes"/>). Its province named in its sentence is not enough: "Taloqan, the capital of
    /// Takhar" says nothing of a "Khanabad" named later, though Taloqan once bore that name.
    /// </summary>
    private static bool ReadOnItsOwnEvidence(Place place, GeocodeContext context) =>
        context.Country == place.Country || context.ClauseCountry == place.Country || (context.KindHint is { } hint && Geocoder.FitsKind(hint, place.Kind));

    // Whether a mention stands inside one of the spans (a dateline, caption or credit). A loop: asked for every mention.
    private static bool Within(List<TextSpan> spans, TextSpan mention)
    {
        foreach (var span in spans)
        {
            if (span.Start <= mention.Start && mention.End <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    // Whether an earlier neighbour of the mention was read, in its context, as one of its places outside the country: the story names
    // it there. A loop over the neighbours only.
    private static bool NamedElsewhere(List<Found> found, Place?[] read, List<int> around, int m, string country)
    {
        foreach (var o in around)
        {
            if (read[o] is { } place && place.Country != country && HasPlace(found[m].Matches, place.Id))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a name's places were all guessed (its consonants, a typo), none read as written or in a form of its language. A loop.
    private static bool OnlyGuessed(List<NameMatch> matches)
    {
        foreach (var match in matches)
        {
            if (match.Strength > NameMatcher.Skeleton)
            {
                return false;
            }
        }

        return true;
    }

    // Whether the next name found follows mention m after a comma alone ("Клара Беннинг, Кабул").
    private static bool BeforeCommaAndPlace(string text, List<Found> found, int m) =>
        m + 1 < found.Count && text.AsSpan(found[m].Span.End, found[m + 1].Span.Start - found[m].Span.End).Trim() is [',' or '،'];

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
    /// The places the neighbours of mention <paramref name="m"/> in its sentence first resolved to, but for its namesakes, a country
    /// named right after a namesake ("Ishkashim in Afghanistan" beside the other Ishkashim), and a country named before a clause of the
    /// mention's own ("Tajikistan calls up reservists as fighting nears Fayzabad"). Run once per mention: a loop, no closures, and the
    /// kind of place is tested before the namesakes, whose matches are read one by one.
    /// </summary>
    private static List<Place> InSentence(string text, List<Found> found, List<Place?> first, List<int> around, int m, TextSpan bounds, List<CountryCue> countryMentions)
    {
        var places = new List<Place>();
        foreach (var o in around)
        {
            if (first[o] is { } place && bounds.Start <= found[o].Span.Start && found[o].Span.Start < bounds.End && !IsNamesake(found[o], found[m], place)
                && !(place.Kind == PlaceKinds.Country && o > 0 && IsNamesake(found[o - 1], found[m], first[o - 1]) && Demonyms.NamedAfter(text, countryMentions, found[o - 1].Span) is not null)
                && !(place.Kind == PlaceKinds.Country && o < m && ClauseOpenings.Holds(text.AsSpan(found[o].Span.End, found[m].Span.Start - found[o].Span.End))))
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

    /// <summary>
    /// The country named last before the mention in its clause and sentence ("Tajikistan sent troops to Murghob"), if any: not across a
    /// clause break nor a word that opens a clause of its own ("Tajikistan calls up reservists as fighting nears Fayzabad").
    /// </summary>
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
        if (last < 0 || countries[last].At < sentence.Start)
        {
            return null;
        }

        var between = text.AsSpan(countries[last].End, mention.Start - countries[last].End);
        return between.IndexOfAny(ClauseBreaks) < 0 && !ClauseOpenings.Holds(between) ? countries[last].Country : null;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()–—\n،؛");

    // Another mention read as a point (a town, district or river) that this one could name too: the same place, or its namesake.
    // Asked for every pair of neighbouring mentions: a loop, so that no closure is made per pair.
    private static bool IsNamesake(Found other, Found mention, Place? otherPlace) =>
        !ReferenceEquals(other, mention) && otherPlace is not null && PlaceKinds.IsPoint(otherPlace.Kind) && HasPlace(mention.Matches, otherPlace.Id);

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
    /// nothing of another's ("Умед Саидов, Бохтар; Ольга Иванова, Москва": Moscow, not a village of Bokhtar's province). A reporter's
    /// credit ends at a semicolon or at the reporter's city ("Reporting by … in Khorog and … in Faizabad": Afghanistan's Faizabad,
    /// whatever country Khorog is in).
    /// </summary>
    private static List<int> Cuts(string text, List<TextSpan> credits, List<TextSpan> datelines, List<Found> found)
    {
        var cuts = datelines.ConvertAll(d => d.End);
        foreach (var credit in credits)
        {
            for (var at = text.IndexOf(';', credit.Start, credit.End - credit.Start); at >= 0; at = text.IndexOf(';', at + 1, credit.End - at - 1))
            {
                cuts.Add(at + 1);
            }

            cuts.AddRange(found.Where(f => credit.Start <= f.Span.Start && f.Span.End < credit.End).Select(f => f.Span.End));
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
}
