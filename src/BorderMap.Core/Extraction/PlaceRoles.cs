using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>What a place is to the sentence that names it.</summary>
public enum PlaceRole
{
    /// <summary>Named after a locative word ("in Kunduz", "в Бадахшане", "در بدخشان", "بدخشان میں"): where things happen.</summary>
    Event,

    /// <summary>Named without a word saying how: an actor ("Russia said") or the place itself ("Taliban took Khwahan").</summary>
    Mentioned,

    /// <summary>Named after a word of direction ("fled to Tajikistan", "ба Тоҷикистон", "إلى طاجيكستان", "تاجکستان ته"): where people went, not where the event was.</summary>
    Destination,

    /// <summary>Where those who speak are ("officials in Kabul said", "в Душанбе сообщили", "مقامات در کابل گفتند"): where it was said, not where it happened.</summary>
    Source,

    /// <summary>Names the area of the place that follows ("the Wakhan village of Langar"): the place after it is meant.</summary>
    Qualifier,

    /// <summary>Named after a word of passage ("over the Ishkashim bridge", "по мосту", "عبر جسر", "از راه پل", "… پل له لارې"): the way taken, not where the event was.</summary>
    Way,
}

/// <summary>
/// Tells the event's place from places only named in a sentence, by the prepositions before (and, in
/// Urdu and Pashto, the postpositions after) each name, and chooses the places a claim is anchored on:
/// the most specific places that are not destinations (nor the country or province that holds a destination) nor rivers crossed nor
/// ways taken (a bridge crossed over: the event is where they came from, unless it happened at the bridge), and of
/// those the ones after a locative when only some are. Russian в/на take the accusative of direction (no case ending: "в Таджикистан") or the
/// prepositional of place ("в Таджикистане", "в Ишкашимском районе").
/// </summary>
public static partial class PlaceRoles
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "di", "in", "im", "at", "near", "bei", "à", "dans", "près", "au", "aux", "у", "под", "около", "дар", "назди", "در", "نزدیک", "في", "فى", "قرب", "بالقرب", "په",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ke", "to", "into", "towards", "toward", "nach", "vers", "ба", "به", "سوی", "طرف", "إلى", "الى", "نحو",
        // "в сторону Мазари-Шарифа", "به سمت کابل", "ба тарафи Кӯлоб", "باتجاه كابل": towards.
        "сторону", "направлении", "سمت", "тарафи", "باتجاه", "اتجاه",
    };

    // Words of passage: what follows is the way people went ("crossed over the bridge"), not where the event was.
    private static readonly HashSet<string> Passages = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "via", "through", "über", "par", "melalui", "lewat", "по", "через", "тавассути", "راه", "طریق", "عبر",
    };

    // German puts the article between ("über die Brücke"), where "in die" is a direction, not a place, so articles are not skipped.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(über|durch) (die|den|das) $", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GermanPassage();

    // Pashto and Urdu say the way after the name: "د اشکاشم پل له لارې", "اشکاشم پل کے راستے".
    private static readonly string[] PassagesAfter = ["له لارې", "له لاري", "کے راستے", "کے ذریعے"];

    private static readonly HashSet<string> RussianCase = new(StringComparer.OrdinalIgnoreCase) { "в", "во", "на" };

    private static readonly HashSet<string> LocativesAfter = new(StringComparer.Ordinal) { "میں", "کې", "کښې", "دا" };

    private static readonly HashSet<string> DirectionsAfter = new(StringComparer.Ordinal) { "ته", "کی" };

    // Verbs of saying (as word starts) that may follow the speakers' place within a few words.
    private static readonly string[] Saying =
    [
        "said", "say", "told", "announc", "sagt", "erklärt", "teilt", "déclar", "annonc", "indiqu", "mengatakan", "menyatakan", "сообщ", "заяв",
        "гуфт", "گفت", "اعلام", "قال", "أعلن", "اعلن", "کہا", "بتای", "وویل", "ویلي",
    ];

    private const int SayingReach = 3;

    public static PlaceRole Of(string text, int start, int end)
    {
        if (SaidAfter(text, end) || SaidBefore(text, start))
        {
            return PlaceRole.Source;
        }

        if (QualifiesNext(text, end))
        {
            return PlaceRole.Qualifier;
        }

        var before = WordBefore(text, start);
        if (RussianCase.Contains(before))
        {
            var last = text[end - 1];
            return last is 'е' or 'и' or 'ю' || PrepositionalAdjective(text[start..end]) ? PlaceRole.Event : PlaceRole.Destination;
        }

        var after = WordAfter(text, end);
        if (Passages.Contains(before) || GermanPassage().IsMatch(text.AsSpan(0, start)) || PassagesAfter.Any(p => text.AsSpan(end).TrimStart().StartsWith(p, StringComparison.Ordinal)))
        {
            return PlaceRole.Way;
        }

        return Locatives.Contains(before) || LocativesAfter.Contains(after) ? PlaceRole.Event
            : Directions.Contains(before) || DirectionsAfter.Contains(after) ? PlaceRole.Destination
            : PlaceRole.Mentioned;
    }

    // "в Шугнанском (районе)", "в Горно-Бадахшанской (области)", "в … районах": an adjective in the prepositional case, where things are.
    private static bool PrepositionalAdjective(string word) =>
        word.EndsWith("ском", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ской", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ских", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("цком", StringComparison.OrdinalIgnoreCase) || word.EndsWith("цкой", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "und", "et", "dan", "и", "ва", "و", "او", "اور" };

    /// <summary>
    /// The roles of a sentence's places (text order, UTF-16 spans), where a place joined by "and" to the one before shares its role: "into
    /// the Shahritus and Qubodiyon districts", "в Зебак и Джурм" name two destinations, not one and a place only mentioned.
    /// </summary>
    public static List<PlaceRole> Of(string text, IReadOnlyList<TextSpan> places)
    {
        var roles = places.Select(p => Of(text, p.Start, p.End)).ToList();
        for (var i = 1; i < places.Count; i++)
        {
            var between = text[places[i - 1].End..places[i].Start].Split([' ', ',', '\u00A0', '\u200C'], StringSplitOptions.RemoveEmptyEntries);
            if (roles[i] == PlaceRole.Mentioned && (roles[i - 1] is PlaceRole.Destination or PlaceRole.Event) && between is [var joiner] && Joiners.Contains(joiner.ToLowerInvariant()))
            {
                roles[i] = roles[i - 1];
            }
        }

        return roles;
    }

    /// <summary>The mentions a claim is anchored on (never empty for a non-empty sentence).</summary>
    public static List<PlaceMention> Anchors(List<PlaceMention> mentions, IReadOnlyDictionary<PlaceMention, PlaceRole> roles)
    {
        var pool = mentions.Where(m => roles[m] is not (PlaceRole.Destination or PlaceRole.Source or PlaceRole.Qualifier) && !IsBridgeCrossed(m, roles[m])).ToList();
        // "crossed into the Darvoz district of Tajikistan": a country or province that only holds the destination says where the destination is.
        // A river beside them is the border crossed, no event's place: "crossed the Panj into the Darvoz district of Gorno-Badakhshan",
        // "sent troops to Termez on the Amu Darya", "people from villages along the Kokcha fled to Fayzabad" are anchored on the district
        // and the towns; "fled across the Panj into Tajikistan" stays on the river, as a country says no more.
        var riversOnly = pool.All(m => m.Best.Place.Kind == PlaceKinds.River);
        var onlyHolders = riversOnly
            ? mentions.Any(d => roles[d] == PlaceRole.Destination && d.Best.Place.Kind != PlaceKinds.Country)
            : pool.All(m => m.Best.Place.Kind == PlaceKinds.River || mentions.Any(d => roles[d] == PlaceRole.Destination && Holds(m.Best.Place, d.Best.Place)));
        pool = pool.Count > 0 && !onlyHolders ? pool : mentions;
        // A river is the border that was crossed ("fled across the Panj … to a camp outside Qalaikhumb"): the event is at a place beside it.
        pool = pool.Any(m => m.Best.Place.Kind != PlaceKinds.River) ? [.. pool.Where(m => m.Best.Place.Kind != PlaceKinds.River)] : pool;
        var precision = pool.Min(m => m.Best.Place.GeoPrecision);
        var specific = pool.Where(m => m.Best.Place.GeoPrecision == precision).ToList();
        var events = specific.Where(m => roles[m] == PlaceRole.Event).ToList();
        return events.Count > 0 ? events : specific;
    }

    // A crossing named as the way taken ("crossed over the Ishkashim bridge"): the event is where those who crossed came from. A river
    // after a word of passage ("flohen über den Pandsch") is a river crossed, which the rule for rivers weighs.
    private static bool IsBridgeCrossed(PlaceMention mention, PlaceRole role) => role == PlaceRole.Way && mention.Best.Place.Kind == PlaceKinds.Crossing;

    private static bool Holds(Place area, Place place) =>
        area.Id != place.Id && (area.Kind == PlaceKinds.Country ? place.Country == area.Id : area.Kind == PlaceKinds.Admin1 && place.Admin1 == area.Id);

    /// <summary>The word before a position, skipping kind words and small linking words ("the district of", "провинции").</summary>
    private static string WordBefore(string text, int position)
    {
        var end = position;
        for (var words = 0; words < 3; words++)
        {
            var stop = end;
            while (stop > 0 && text[stop - 1] is ' ' or '\u00A0' or '\u200C' or '\'' or '’')
            {
                stop--;
            }

            var start = stop;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = text[start..stop];
            if (word.Length == 0 || (!KindCues.IsCue(word) && word is not ("the" or "of" or "la" or "le" or "de" or "du" or "der" or "des" or "l" or "d")))
            {
                return word;
            }

            end = start;
        }

        return string.Empty;
    }

    /// <summary>Whether a verb of saying follows within a few words, with no punctuation between ("Kabul said", "officials in Kabul told").</summary>
    private static bool SaidAfter(string text, int position)
    {
        for (var words = 0; words < SayingReach; words++)
        {
            var word = WordAfter(text, position);
            if (word.Length == 0)
            {
                return false;
            }

            var lower = word.ToLowerInvariant();
            if (Saying.Any(s => lower.StartsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }

            position = text.IndexOf(word, position, StringComparison.Ordinal) + word.Length;
        }

        return false;
    }

    /// <summary>
    /// Whether the name follows a locative that follows a verb of saying, with at most one word between ("officials told reporters
    /// in Taloqan", "said in Kabul", "сообщили в Душанбе"): where it was said. Not after "that" ("said that in Tajikistan …").
    /// </summary>
    private static bool SaidBefore(string text, int position)
    {
        var (locative, at) = WordEndingAt(text, position);
        if (!Locatives.Contains(locative) && !RussianCase.Contains(locative))
        {
            return false;
        }

        for (var words = 0; words < 2; words++)
        {
            (var word, at) = WordEndingAt(text, at);
            if (word.Length == 0 || Complementizers.Contains(word))
            {
                return false;
            }

            if (Saying.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // "said that in Tajikistan …": after "that" comes what was said, and its places are the event's.
    private static readonly HashSet<string> Complementizers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "dass", "que", "qu", "bahwa", "что", "чтобы", "ки", "که", "چې", "أن", "إن", "کہ",
    };

    // The word that ends at a position, over spaces only (empty at punctuation), and where it starts.
    private static (string Word, int Start) WordEndingAt(string text, int position)
    {
        var stop = position;
        while (stop > 0 && text[stop - 1] is ' ' or '\u00A0')
        {
            stop--;
        }

        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (text[start..stop], start);
    }

    /// <summary>
    /// Whether a town word and "of" follow the name ("the Wakhan village of", "the Badakhshan town of"): it names the area
    /// of the next place. "Badakhshan province of Afghanistan" is not such a case: the province is meant.
    /// </summary>
    private static bool QualifiesNext(string text, int position)
    {
        var kind = WordAfter(text, position);
        if (kind.Length == 0 || KindCues.KindOf(kind) != PlaceKinds.PopulatedPlace)
        {
            return false;
        }

        var next = text.IndexOf(kind, position, StringComparison.Ordinal) + kind.Length;
        return WordAfter(text, next) is "of";
    }

    private static string WordAfter(string text, int position)
    {
        var start = position;
        while (start < text.Length && text[start] is ' ' or '\u00A0')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
