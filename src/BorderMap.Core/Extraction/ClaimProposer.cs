using System.Buffers;
using System.Collections.Concurrent;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Geocoding;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Turns a text into claim proposals: one per sentence that names at least one place (sentences that
/// name none, such as an author's biography, are skipped, unless they tell a counted event: see <see cref="InReportCountry"/>). The claim is placed at the sentence's most
/// specific places (of those, the ones after a locative preposition such as "di", "in" or "в" when
/// only some are, since the others tend to be actors): provinces and countries of the boundary data
/// become <c>region:</c> references, towns and sites points. A sentence about a border that names places on both sides of one (Tajikistan
/// and Badakhshan) is placed on that border instead. Thread-safe.
/// </summary>
public sealed class ClaimProposer(MentionFinder finder, AreaCatalog areas)
{
    // Searched in the sentence as written, ignoring case: no lower-cased copy of each sentence.
    private static readonly SearchValues<string> BorderWords = SearchValues.Create(["perbatasan", "border", "grenze", "границ", "مرز"], StringComparison.OrdinalIgnoreCase);

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    // Whether two areas share a border: a polygon intersection, so each pair is worked out once.
    private readonly ConcurrentDictionary<(string, string), bool> _borders = new();

    public IReadOnlyList<ClaimProposal> Propose(string text, string? language, string? sourceId = null)
    {
        // The article's parts are found once, for the mentions and the sentences both.
        var structure = ArticleStructure.Find(text);
        var mentions = finder.Find(text, language, structure);
        var codePoints = new CodePointIndex(text);
        var proposals = new List<ClaimProposal>();
        var next = 0; // mentions and sentences both run in text order
        foreach (var whole in SentenceSplitter.Split(text))
        {
            // Captions, bylines and "read also" lines are no claims; a dateline is where the report was filed, so the claim starts after it.
            if (PartAt(structure, whole.Start, dateline: false) is not null)
            {
                continue;
            }

            var sentence = PartAt(structure, whole.Start, dateline: true) is { } dateline ? new TextSpan(dateline.Span.End, whole.End) : whole;
            if (sentence.End <= sentence.Start)
            {
                continue;
            }

            var start = codePoints.Of(sentence.Start);
            var end = codePoints.Of(sentence.End);
            while (next < mentions.Count && mentions[next].Start < start)
            {
                next++;
            }

            var inSentence = new List<PlaceMention>();
            for (; next < mentions.Count && mentions[next].End <= end; next++)
            {
                inSentence.Add(mentions[next]);
            }

            if (inSentence.Count > 0)
            {
                var placeRoles = SentencePlaceRoles.Of(text, sentence, inSentence.ConvertAll(m => new TextSpan(codePoints.Utf16Of(m.Start), codePoints.Utf16Of(m.End))), inSentence.ConvertAll(m => m.Best.Place.Kind));
                // By reference: a mention's record hash walks all its fields, and the anchors ask a mention's role many times.
                var roles = new Dictionary<PlaceMention, PlaceRole>(MentionIdentity.Instance);
                for (var i = 0; i < inSentence.Count; i++)
                {
                    roles[inSentence[i]] = placeRoles[i];
                }

                var said = sentence.Of(text);
                proposals.Add(Propose(said, new Quote(said, start, end), inSentence, roles, language, sourceId));
            }
            else if (proposals.Count > 0 && sentence.Of(text) is var said && InReportCountry(said, new Quote(said, start, end), proposals[^1], language, sourceId) is { } continued)
            {
                proposals.Add(continued);
            }
        }

        LowerCaseSentence.Release();
        return proposals;
    }

    // The article's part (a dateline, or else a caption, byline or "read also" line) that holds a position: asked of every sentence, so a
    // loop, which makes no closure per sentence.
    private static ArticleSpan? PartAt(List<ArticleSpan> structure, int at, bool dateline)
    {
        foreach (var part in structure)
        {
            if ((part.Part == ArticlePart.Dateline) == dateline && part.Span.Start <= at && at < part.Span.End)
            {
                return part;
            }
        }

        return null;
    }

    private ClaimProposal Propose(string sentence, Quote quote, List<PlaceMention> mentions, Dictionary<PlaceMention, PlaceRole> roles, string? language, string? sourceId)
    {
        var places = mentions.ConvertAll(m => m.Best.Place);
        var quantities = NumberFinder.Quantities(sentence, language);
        var numbers = NumberFinder.ByKey(quantities);
        var (category, cue) = CategoryCues.Suggest(sentence, numbers.ContainsKey("borderKm"), language, quantities);
        var anchors = ClaimAnchors.Of(mentions, roles, category, sentence);
        var precision = anchors.Min(m => m.Best.Place.GeoPrecision);
        var primary = OnePerPlace(anchors, precision);

        var areaIds = new List<string>();
        foreach (var named in places)
        {
            if (AreaOf(named) is { } area && !areaIds.Contains(area))
            {
                areaIds.Add(area);
            }
        }

        IReadOnlyList<string> refs = [];
        Geometry? geometry = null;
        if (sentence.AsSpan().ContainsAny(BorderWords) && BorderBetween(places) is { } border)
        {
            refs = [border];
            precision = Math.Max(precision, 3);
        }
        else if (primary.All(m => !PlaceKinds.IsPoint(m.Best.Place.Kind) && areas.Find(m.Best.Place.Id) is not null))
        {
            refs = [.. primary.Select(m => $"region:{m.Best.Place.Id}")];
        }
        else
        {
            var points = primary.Select(m => Factory.CreatePoint(new Coordinate(m.Best.Place.Lon, m.Best.Place.Lat))).ToArray();
            geometry = points.Length == 1 ? points[0] : Factory.CreateMultiPoint(points);
        }

        var place = string.Join(", ", primary.Select(m => m.Text));
        var title = $"{Capitalised(category.Replace('-', ' '))}: {string.Join(", ", primary.Select(m => m.Best.Place.Name))}";
        var mentionedOnly = new List<string>();
        foreach (var mention in mentions)
        {
            if (!IsPlaceOf(primary, mention.Best.Place.Id) && !mentionedOnly.Contains(mention.Best.Place.Id))
            {
                mentionedOnly.Add(mention.Best.Place.Id);
            }
        }

        return new ClaimProposal(sourceId, title, category, cue, place, primary[0].Best.Place.Id, refs, geometry, areaIds, precision, quote, numbers, mentions)
        {
            MentionedOnly = mentionedOnly,
            Quantities = quantities,
        };
    }

    // The anchors as precise as the most precise, one per place (the first named): a sentence names a few places, so the lists are
    // read through rather than hashed.
    private static List<PlaceMention> OnePerPlace(List<PlaceMention> anchors, int precision)
    {
        var primary = new List<PlaceMention>();
        foreach (var anchor in anchors)
        {
            if (anchor.Best.Place.GeoPrecision == precision && !IsPlaceOf(primary, anchor.Best.Place.Id))
            {
                primary.Add(anchor);
            }
        }

        return primary;
    }

    private static bool IsPlaceOf(List<PlaceMention> mentions, string placeId)
    {
        foreach (var mention in mentions)
        {
            if (mention.Best.Place.Id == placeId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence that names no place but tells a counted event ("President Rahmon ordered 20,000 more reservists to be called up")
    /// goes on with the report: it is placed in the country of the report's previous claim, as a whole. Without a count or a cue word
    /// for an event (a biography, a quote) it gives no claim.
    /// </summary>
    private ClaimProposal? InReportCountry(string sentence, Quote quote, ClaimProposal previous, string? language, string? sourceId)
    {
        var quantities = NumberFinder.Quantities(sentence, language);
        if (quantities.Count == 0)
        {
            return null;
        }

        var (category, cue) = CategoryCues.Suggest(sentence, quantities.Any(q => q.Key == "borderKm"), language, quantities);
        var gazetteer = finder.Geocoder.Gazetteer;
        if (cue is null || category == "statement" || gazetteer.Find(previous.PlaceId) is not { } anchor || gazetteer.Find(anchor.Country) is not { } country)
        {
            return null;
        }

        var area = AreaOf(country);
        return new ClaimProposal(sourceId, $"{Capitalised(category.Replace('-', ' '))}: {country.Name}", category, cue, country.Name, country.Id,
            area == country.Id ? [$"region:{country.Id}"] : [], area == country.Id ? null : Factory.CreatePoint(new Coordinate(country.Lon, country.Lat)),
            area is null ? [] : [area], country.GeoPrecision, quote, NumberFinder.ByKey(quantities), [])
        {
            MentionedOnly = [],
            Quantities = quantities,
        };
    }

    /// <summary>The boundary area a place belongs to: itself for a country or province we have, else its province, else its country.</summary>
    private string? AreaOf(Place place) =>
        areas.Find(place.Id) is not null ? place.Id
        : areas.Find(place.Admin1) is not null ? place.Admin1
        : areas.Find(place.Country) is not null ? place.Country
        : null;

    /// <summary>A border reference between the most specific areas of two countries named in the sentence, if they share a border.</summary>
    private string? BorderBetween(List<Place> places)
    {
        var sides = places.Select(AreaOf).OfType<string>().Distinct()
            .Select(id => areas.Find(id)!)
            .GroupBy(a => a.Country)
            .Select(g => g.OrderByDescending(a => a.Kind == AreaKind.Province).First())
            .ToList();
        for (var a = 0; a < sides.Count; a++)
        {
            for (var b = a + 1; b < sides.Count; b++)
            {
                // The focus country (Tajikistan) goes first, as in the seed claims (border:TJ/AF-BDS).
                var (first, second) = sides[b].Country == "TJ" ? (sides[b], sides[a]) : (sides[a], sides[b]);
                if (_borders.GetOrAdd((first.Id, second.Id), pair => areas.SharedBorder(pair.Item1, pair.Item2) is { IsEmpty: false }))
                {
                    return $"border:{first.Id}/{second.Id}";
                }
            }
        }

        return null;
    }

    // A mention is its own key, hashed by where it starts (no two mentions of a text start at one place): the runtime's identity hash
    // is made for each new mention on first use, which costs more than the start it already holds.
    private sealed class MentionIdentity : IEqualityComparer<PlaceMention>
    {
        public static readonly MentionIdentity Instance = new();

        public bool Equals(PlaceMention? x, PlaceMention? y) => ReferenceEquals(x, y);

        public int GetHashCode(PlaceMention obj) => obj.Start;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
