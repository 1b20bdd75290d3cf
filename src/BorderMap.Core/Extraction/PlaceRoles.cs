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

    /// <summary>Named after a word of origin ("from Shighnan", "aus Kabul", "из уезда Шигнан", "از کابل", "من كابل", "کابل سے", "له کابل څخه"): where those who moved came from.</summary>
    Origin,

    /// <summary>Named after a locative at the head of a sentence ("In the Wakhan, fighters took Khandud", "В Вахане боевики заняли Хандуд"): the area the event is in.</summary>
    Setting,

    /// <summary>
    /// Named to say where another place lies ("a few kilometres from Camp Marmal", "west of Mazar-i-Sharif", "opposite Khamyab", "around
    /// Fayzabad"): a point of reference, not where the event was.
    /// </summary>
    Reference,
}

/// <summary>
/// Tells the event's place from places only named in a sentence, by the prepositions before (and, in
/// Urdu and Pashto, the postpositions after) each name (see <see cref="SentencePlaceRoles"/> for what the whole sentence adds and
/// <see cref="ClaimAnchors"/> for the places a claim is anchored on). Russian в/на take the accusative of direction (no case ending:
/// "в Таджикистан") or the prepositional of place ("в Таджикистане", "в Ишкашимском районе").
/// </summary>
public static partial class PlaceRoles
{
    internal static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "di", "in", "im", "at", "near", "bei", "à", "dans", "près", "au", "aux", "у", "под", "около", "дар", "назди", "در", "نزدیک", "في", "فى", "قرب", "بالقرب", "په",
        // Near, with the ending that joins it to the name ("дар наздикии Хоруғ", "در نزدیکی خاروغ", "di dekat Khorog"); Arabic "and in", "at".
        "dekat", "наздикии", "نزدیکی", "وفي", "عند", "am",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ke", "to", "into", "towards", "toward", "nach", "vers", "ба", "به", "سوی", "طرف", "إلى", "الى", "نحو",
        // "в сторону Мазари-Шарифа", "به سمت کابل", "ба тарафи Кӯлоб", "باتجاه كابل": towards.
        "сторону", "направлении", "سمت", "тарафи", "باتجاه", "اتجاه",
        // Persian "وارد تاجیکستان شدند": entered into.
        "وارد",
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

    internal static readonly HashSet<string> RussianCase = new(StringComparer.OrdinalIgnoreCase) { "в", "во", "на" };

    // Urdu "پر" (on, at): "ضلع رستاق پر قبضہ" (control over the Rustaq district), "کراسنگ پر".
    private static readonly HashSet<string> LocativesAfter = new(StringComparer.Ordinal) { "میں", "کې", "کښې", "دا", "پر" };

    private static readonly HashSet<string> DirectionsAfter = new(StringComparer.Ordinal) { "ته", "کی" };

    // Verbs of saying (as word starts) that may follow the speakers' place within a few words.
    internal static readonly string[] Saying =
    [
        "said", "say", "told", "announc", "sagt", "erklärt", "teilt", "déclar", "annonc", "indiqu", "mengatakan", "menyatakan", "сообщ", "заяв",
        "гуфт", "گفت", "اعلام", "قال", "وقال", "أعلن", "اعلن", "کہا", "بتای", "وویل", "ویلي", "kata", "хабар",
    ];

    private static readonly PrefixIndex<bool> SayingPrefixes = new(Saying.Select(s => (s, true)));

    /// <summary>Whether a lower-case word is a verb of saying (or starts as one does: "said", "сообщил", "گفت").</summary>
    internal static bool IsSaying(string lowerWord) => SayingPrefixes.TryFirst(lowerWord, out _);

    private const int SayingReach = 3;

    public static PlaceRole Of(string text, int start, int end)
    {
        // "Residents of Andkhoy said": the residents tell of their own town.
        if ((SaidAfter(text, end) || SaidBefore(text, start)) && !PlaceRoleCues.OfResidents(text, start, end))
        {
            return PlaceRole.Source;
        }

        if (QualifiesNext(text, end))
        {
            return PlaceRole.Qualifier;
        }

        var (before, beforeStart) = WordBefore(text, start);
        if (PlaceReferenceCues.IsReference(text, before, beforeStart, end))
        {
            return PlaceRole.Reference;
        }

        // "from its base in Dushanbe", "со своей базы в Душанбе": the troops left it, whatever locative names it; so did people flown
        // "from Kabul airport", "из аэропорта Кабула".
        if (BaseOrigin.Names(text, start, end) || AirportOrigin.Names(text, start, end))
        {
            return PlaceRole.Origin;
        }

        // A feminine accusative in -ую or -ию is a direction too: "направила пограничников в Баткенскую область", "в Киргизию". A name
        // after its kind word stays as it is, and the kind word's case says which: "в уезде Шигнан" (in), "в уезд Шигнан" (into).
        if (RussianCase.Contains(before))
        {
            var last = text[end - 1];
            return last is 'е' or 'и' || PrepositionalAdjective(text[start..end]) || PrepositionalKindBefore(text, start) ? PlaceRole.Event : PlaceRole.Destination;
        }

        var after = PostpositionAfter(text, end);
        if (Passages.Contains(before) || GermanPassage().IsMatch(text.AsSpan(0, start)) || PassagesAfter.Any(p => text.AsSpan(end).TrimStart().StartsWith(p, StringComparison.Ordinal)))
        {
            return PlaceRole.Way;
        }

        if (PlaceRoleCues.NearAfter(text, end))
        {
            return PlaceRole.Event;
        }

        if (PlaceRoleCues.IsOrigin(text, before, start, end))
        {
            return PlaceRole.Origin;
        }

        if (PlaceRoleCues.Arrived(text, before, beforeStart, end))
        {
            return PlaceRole.Destination;
        }

        return AsFarAs(text, before, beforeStart) || PashtoTowards(text, end, after) ? PlaceRole.Destination
            : Locatives.Contains(before) || LocativesAfter.Contains(after) ? PlaceRole.Event
            : Directions.Contains(before) || DirectionsAfter.Contains(after) ? PlaceRole.Destination
            : PlaceRole.Mentioned;
    }

    // French "jusqu'à Aqcha" (as far as): where people were taken or went, though "à" alone is where things are.
    private static bool AsFarAs(string text, string before, int beforeStart) =>
        before is "à" && (text.AsSpan(0, beforeStart).EndsWith("jusqu'", StringComparison.OrdinalIgnoreCase) || text.AsSpan(0, beforeStart).EndsWith("jusqu’", StringComparison.OrdinalIgnoreCase));

    // The word right before the name is a kind word in the prepositional case: "уезде", "районе", "провинции", "области".
    private static bool PrepositionalKindBefore(string text, int start)
    {
        var word = PreviousWord(text, start).Word;
        return word.Length > 1 && word[^1] is 'е' or 'и' && KindCues.IsCue(word);
    }

    // "в Шугнанском (районе)", "в Горно-Бадахшанской (области)", "в … районах": an adjective in the prepositional case, where things are.
    private static bool PrepositionalAdjective(string word) =>
        word.EndsWith("ском", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ской", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ских", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("цком", StringComparison.OrdinalIgnoreCase) || word.EndsWith("цкой", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The word after a name that may be its postposition, past a kind word between them: Pashto and Urdu put the kind word first
    /// ("د درواز ولسوالۍ ته", to the Darvoz district; "د شکي په ولسوالۍ کې", in the Shiki district, its "په" before the kind word).
    /// </summary>
    private static string PostpositionAfter(string text, int end)
    {
        var after = WordAfter(text, end);
        var at = end;
        for (var words = 0; words < 2 && (KindCues.IsCue(after) || (after == PashtoIn && KindCues.IsCue(WordAfter(text, WordEnd(text, at, after))))); words++)
        {
            at = WordEnd(text, at, after);
            after = WordAfter(text, at);
        }

        return after;
    }

    // Pashto "پر لور" (towards: "د درواز ولسوالۍ پر لور"), though "پر" alone is Urdu's "on, at".
    private static bool PashtoTowards(string text, int end, string after) =>
        after == "پر" && WordAfter(text, WordEnd(text, end, after)) == "لور";

    // Pashto "in" that opens a circumposition, "په … کې".
    private const string PashtoIn = "په";

    private static int WordEnd(string text, int from, string word) => text.IndexOf(word, from, StringComparison.Ordinal) + word.Length;

    /// <summary>
    /// The word before a position and where it starts, skipping kind words and small linking words ("the district of", "провинции"), and
    /// the Persian plural ending a kind word takes after the non-joiner or a space ("به ناحیه‌های جیلیکول", to the districts of Jilikul).
    /// </summary>
    internal static (string Word, int Start) WordBefore(string text, int position)
    {
        var end = position;
        // Up to four: "to the town of Moskovskiy".
        for (var words = 0; words < 4; words++)
        {
            var (word, start) = PreviousWord(text, end);
            if (word.Length == 0 || (!KindCues.IsCue(word) && word is not ("the" or "of" or "la" or "le" or "les" or "de" or "du" or "der" or "des" or "dem" or "l" or "d" or "ها" or "های")))
            {
                return (word, start);
            }

            end = start;
        }

        return (string.Empty, end);
    }

    /// <summary>The word right before a position, past the spaces, joiners and apostrophes between, and where it starts.</summary>
    private static (string Word, int Start) PreviousWord(string text, int position)
    {
        var stop = position;
        while (stop > 0 && text[stop - 1] is ' ' or '\u00A0' or '\u200C' or '\'' or '’')
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

            if (IsSaying(word.ToLowerInvariant()))
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

            if (IsSaying(word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    // "said that in Tajikistan …": after "that" comes what was said, and its places are the event's. Arabic writes the subject's pronoun
    // onto "that" ("قال الجيش إنه استعاد", the army said it had retaken).
    internal static readonly HashSet<string> Complementizers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "dass", "que", "qu", "bahwa", "что", "чтобы", "ки", "که", "چې", "أن", "إن", "کہ", "إنه", "إنها", "إنهم", "أنه", "أنها", "أنهم", "انه", "انها", "انهم",
    };

    // The word that ends at a position, over spaces only (empty at punctuation), and where it starts.
    internal static (string Word, int Start) WordEndingAt(string text, int position)
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
    internal static bool QualifiesNext(string text, int position)
    {
        var kind = WordAfter(text, position);
        if (kind.Length == 0 || KindCues.KindOf(kind) != PlaceKinds.PopulatedPlace)
        {
            return false;
        }

        var next = text.IndexOf(kind, position, StringComparison.Ordinal) + kind.Length;
        return WordAfter(text, next) is "of";
    }

    internal static string WordAfter(string text, int position)
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
