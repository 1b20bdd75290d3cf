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
}

/// <summary>
/// Tells the event's place from places only named in a sentence, by the prepositions before (and, in
/// Urdu and Pashto, the postpositions after) each name, and chooses the places a claim is anchored on:
/// the most specific places that are not destinations, and of those the ones after a locative when
/// only some are. Russian в/на take the accusative of direction (no case ending: "в Таджикистан") or the
/// prepositional of place ("в Таджикистане").
/// </summary>
public static class PlaceRoles
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "di", "in", "im", "at", "near", "bei", "à", "dans", "près", "au", "aux", "у", "под", "около", "дар", "назди", "در", "نزدیک", "في", "فى", "قرب", "بالقرب", "په",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ke", "to", "into", "towards", "toward", "nach", "vers", "ба", "به", "سوی", "طرف", "إلى", "الى", "نحو",
    };

    private static readonly HashSet<string> RussianCase = new(StringComparer.OrdinalIgnoreCase) { "в", "во", "на" };

    private static readonly HashSet<string> LocativesAfter = new(StringComparer.Ordinal) { "میں", "کې", "کښې", "دا" };

    private static readonly HashSet<string> DirectionsAfter = new(StringComparer.Ordinal) { "ته", "کی" };

    public static PlaceRole Of(string text, int start, int end)
    {
        var before = WordBefore(text, start);
        if (RussianCase.Contains(before))
        {
            var last = text[end - 1];
            return last is 'е' or 'и' or 'ю' ? PlaceRole.Event : PlaceRole.Destination;
        }

        var after = WordAfter(text, end);
        return Locatives.Contains(before) || LocativesAfter.Contains(after) ? PlaceRole.Event
            : Directions.Contains(before) || DirectionsAfter.Contains(after) ? PlaceRole.Destination
            : PlaceRole.Mentioned;
    }

    /// <summary>The mentions a claim is anchored on (never empty for a non-empty sentence).</summary>
    public static List<PlaceMention> Anchors(List<PlaceMention> mentions, IReadOnlyDictionary<PlaceMention, PlaceRole> roles)
    {
        var pool = mentions.Where(m => roles[m] != PlaceRole.Destination).ToList();
        pool = pool.Count > 0 ? pool : mentions;
        var precision = pool.Min(m => m.Best.Place.GeoPrecision);
        var specific = pool.Where(m => m.Best.Place.GeoPrecision == precision).ToList();
        var events = specific.Where(m => roles[m] == PlaceRole.Event).ToList();
        return events.Count > 0 ? events : specific;
    }

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
