namespace BorderMap.Core.Extraction;

/// <summary>
/// The roles of all the places of one sentence (<see cref="PlaceRoles"/> gives each its own): places joined by "and" share a role,
/// places in a closing attribution ("…, a spokesman said in Kunduz", "…, selon un élu joint à Faïzabad") are where it was said, and
/// a place named after a locative at the head of the sentence is its setting, or where the speaker is when what they said names
/// another place ("À Moscou, le ministère a annoncé que la base au Tadjikistan …").
/// </summary>
public static class SentencePlaceRoles
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "und", "et", "dan", "и", "ва", "و", "او", "اور" };

    // Words that attribute what a clause tells, besides verbs of saying: "according to", "selon", "по данным", "بحسب", "کے مطابق".
    private static readonly string[] Attributions =
        ["according", "selon", "laut", "menurut", "по данным", "по словам", "тибқи", "به گفته", "بحسب", "حسب", "وفق", "کے مطابق", "په وینا"];

    private static readonly char[] ClauseMarks = [',', '،', ';', '؛'];

    private const int HeadWords = 3;

    // Separators as fields: a collection expression in the call would build its array at every call.
    private static readonly char[] Spaces = [' ', '\u00A0', '\n'];

    private static readonly char[] SpaceOrNoBreak = [' ', '\u00A0'];

    private static readonly char[] SpacesAndCommas = [' ', ',', '\u00A0'];

    private static readonly char[] ListBreaks = [' ', ',', '،', '\u00A0', '\u200C'];

    private static readonly char[] ClauseWordBreaks = [' ', '\u00A0', '.', '۔', '\n'];

    /// <summary>The roles of a sentence's places (text order, UTF-16 spans of <paramref name="text"/>, inside <paramref name="sentence"/>).</summary>
    /// <param name="kinds">The kinds of the places (<see cref="Geocoding.PlaceKinds"/>), in the same order.</param>
    public static List<PlaceRole> Of(string text, TextSpan sentence, IReadOnlyList<TextSpan> places, IReadOnlyList<string> kinds)
    {
        // A loop by index: asked of every sentence that names a place, without a closure or an enumerator.
        var roles = new List<PlaceRole>(places.Count);
        for (var i = 0; i < places.Count; i++)
        {
            roles.Add(PlaceRoles.Of(text, places[i].Start, places[i].End));
        }

        var attribution = AttributionStart(text, sentence);
        if (places.Count > 0 && roles[0] == PlaceRole.Event && AtHead(text, sentence, places[0]))
        {
            roles[0] = SpeakerAtHead(text, new TextSpan(sentence.Start, Math.Min(sentence.End, attribution)), places, roles) ? PlaceRole.Source : PlaceRole.Setting;
        }

        LocateByNext(text, places, kinds, roles);
        CrossedBridges(text, sentence, places, kinds, roles);
        CentreOfNext(text, places, roles);
        ShareJoinedRoles(text, places, roles);
        for (var i = 0; i < places.Count; i++)
        {
            roles[i] = places[i].Start >= attribution ? PlaceRole.Source : roles[i];
        }

        return roles;
    }

    /// <summary>
    /// A place joined by "and" or a comma to the one before shares its role: "into the Shahritus and Qubodiyon districts", "в Зебак и
    /// Джурм", Arabic "إلى مديريتي جيليكول وفوسع" ("and" written onto the name) name two destinations; Urdu and Pashto say the role after
    /// the last name ("ونج اور روشان میں", "شغنان، اشکاشم اور واخان سے"), which the ones before share.
    /// </summary>
    private static void ShareJoinedRoles(string text, IReadOnlyList<TextSpan> places, List<PlaceRole> roles)
    {
        for (var i = 1; i < places.Count; i++)
        {
            if (!Joined(text, places[i - 1], places[i]))
            {
                continue;
            }

            if (roles[i] == PlaceRole.Mentioned && IsShared(roles[i - 1]))
            {
                roles[i] = roles[i - 1];
            }
        }

        for (var i = places.Count - 1; i > 0; i--)
        {
            if (roles[i - 1] == PlaceRole.Mentioned && IsShared(roles[i]) && Joined(text, places[i - 1], places[i]))
            {
                roles[i - 1] = roles[i];
            }
        }
    }

    /// <summary>
    /// A larger place named right after a site or a village and a locative says where that one is ("the 201st military base in Bokhtar",
    /// "Khandud, a village in the Wakhan corridor", "пойгоҳи … дар Бохтар"): it qualifies the first and is no event's place of its own;
    /// and a base named as soldiers' unit qualifies them.
    /// </summary>
    private static void LocateByNext(string text, IReadOnlyList<TextSpan> places, IReadOnlyList<string> kinds, List<PlaceRole> roles)
    {
        for (var i = 1; i < places.Count; i++)
        {
            if (roles[i] == PlaceRole.Event && Rank(kinds[i - 1]) is 0 or 1 && Rank(kinds[i]) > Rank(kinds[i - 1]) && LocativeBetween(text, places[i - 1], places[i]))
            {
                roles[i] = PlaceRole.Qualifier;
            }
        }

        // A base named as the soldiers' unit ("servicemen of the 201st military base", "военнослужащих 201-й базы") is whom they belong to.
        for (var i = 0; i < places.Count; i++)
        {
            if (Rank(kinds[i]) == 0 && roles[i] == PlaceRole.Mentioned && NumberWords.Unit(PlaceRoles.WordBefore(text, places[i].Start).Word.ToLowerInvariant(), null) == "soldiers")
            {
                roles[i] = PlaceRole.Qualifier;
            }
        }
    }

    // Verbs whose object is what was crossed: "crossed the Tem-Demogan bridge", "überquerten am Sonntag die Tem-Demogan-Brücke", "ont
    // franchi dimanche le pont", "menyeberangi jembatan", "عبروا جسر" (the other languages say it with a preposition: "по мосту", "از پل").
    private static readonly HashSet<string> CrossingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "crossed", "überquerten", "überquerte", "überquert", "franchi", "traversé", "menyeberangi", "melintasi", "عبروا", "عبرت", "وعبروا", "пересекли",
    };

    // How many words before a bridge its crossing verb may stand: a time or an article may come between ("am Sonntag die", "dans la nuit le").
    private const int CrossingVerbReach = 5;

    // Verbs of crossing that follow the bridge they take: German puts the verb last ("die Brücke … überquert"), Urdu says "پار کر"
    // (crossed over) after its object.
    private static readonly HashSet<string> CrossingVerbsAfter = new(StringComparer.OrdinalIgnoreCase) { "überquert", "überquerten", "überquerte", "پار" };

    // How many words after a bridge its crossing verb may stand: the place they crossed to may come between ("nach Tadschikistan überquert").
    private const int CrossingVerbAfterReach = 4;

    /// <summary>
    /// A bridge that a verb of crossing takes as its object, with no other place between them, is the way taken, as one after "over" or
    /// "по мосту" is ("guards who left their posts in the Shighnan district crossed the Tem-Demogan bridge into Khorugh"); so is one
    /// whose verb follows it in its clause, past only the place they crossed to ("die Brücke von Ischkaschim nach Tadschikistan
    /// überquert", "اشکاشم پل پار کر کے").
    /// </summary>
    private static void CrossedBridges(string text, TextSpan sentence, IReadOnlyList<TextSpan> places, IReadOnlyList<string> kinds, List<PlaceRole> roles)
    {
        for (var i = 0; i < places.Count; i++)
        {
            if (kinds[i] != Geocoding.PlaceKinds.Crossing || roles[i] != PlaceRole.Mentioned)
            {
                continue;
            }

            var from = i > 0 ? places[i - 1].End : sentence.Start;
            var words = text[from..places[i].Start].Split(SpacesAndCommas, StringSplitOptions.RemoveEmptyEntries);
            if (words.TakeLast(CrossingVerbReach).Any(CrossingVerbs.Contains) || CrossingVerbAfter(text, sentence, places, roles, i))
            {
                roles[i] = PlaceRole.Way;
            }
        }
    }

    private static bool CrossingVerbAfter(string text, TextSpan sentence, IReadOnlyList<TextSpan> places, List<PlaceRole> roles, int bridge)
    {
        var next = bridge + 1;
        while (next < places.Count && roles[next] == PlaceRole.Destination)
        {
            next++;
        }

        var clause = text[places[bridge].End..(next < places.Count ? places[next].Start : sentence.End)];
        var mark = clause.IndexOfAny(ClauseMarks);
        return (mark >= 0 ? clause[..mark] : clause).Split(ClauseWordBreaks, StringSplitOptions.RemoveEmptyEntries).Take(CrossingVerbAfterReach).Any(CrossingVerbsAfter.Contains);
    }

    // "centre" after a kind word: "د کشم ولسوالۍ مرکز مشهد", "the Kishim district centre Mashhad".
    private static readonly HashSet<string> CentreWords = new(StringComparer.OrdinalIgnoreCase) { "مرکز", "مركز", "центр", "маркази", "centre", "center" };

    /// <summary>
    /// A place named before its kind word and "centre" and another place ("د کشم ولسوالۍ مرکز مشهد": the Kishim district's centre, Mashhad)
    /// says where that centre is: the centre is meant.
    /// </summary>
    private static void CentreOfNext(string text, IReadOnlyList<TextSpan> places, List<PlaceRole> roles)
    {
        for (var i = 1; i < places.Count; i++)
        {
            // Two or three words between, counted before any is copied: most names stand further apart.
            if (WordCount.Of(text.AsSpan(places[i - 1].End, places[i].Start - places[i - 1].End), SpaceOrNoBreak) is not (2 or 3))
            {
                continue;
            }

            var words = text[places[i - 1].End..places[i].Start].Split(SpaceOrNoBreak, StringSplitOptions.RemoveEmptyEntries);
            if (words is [.. var kinds, var centre] && CentreWords.Contains(centre) && kinds.Length is 1 or 2 && kinds.All(Geocoding.KindCues.IsCue) && roles[i - 1] == PlaceRole.Mentioned)
            {
                roles[i - 1] = PlaceRole.Qualifier;
            }
        }
    }

    // How large a place of a kind is: a site, a village or town, a district, a province, a country (rivers and passes are no such places).
    private static int Rank(string kind) => kind switch
    {
        Geocoding.PlaceKinds.Site or Geocoding.PlaceKinds.Crossing => 0,
        Geocoding.PlaceKinds.PopulatedPlace or Geocoding.PlaceKinds.Capital => 1,
        Geocoding.PlaceKinds.District => 2,
        Geocoding.PlaceKinds.Admin1 => 3,
        Geocoding.PlaceKinds.Country => 4,
        _ => -1,
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "un", "une", "le", "la", "ein", "eine", "einem", "einer", "der", "dem" };

    // Only a locative, after at most an article and a kind word ("in", ", a village in the", "дар", "في").
    private static bool LocativeBetween(string text, TextSpan first, TextSpan second)
    {
        var words = text[first.End..second.Start].Split(SpacesAndCommas, StringSplitOptions.RemoveEmptyEntries);
        var locative = Array.FindIndex(words, w => PlaceRoles.Locatives.Contains(w) || PlaceRoles.RussianCase.Contains(w));
        return locative >= 0 && locative <= 2 && words.Where((w, i) => i != locative).All(w => Articles.Contains(w) || Geocoding.KindCues.IsCue(w) || w.Any(char.IsDigit));
    }

    private static bool IsShared(PlaceRole role) => role is PlaceRole.Destination or PlaceRole.Event or PlaceRole.Origin or PlaceRole.Setting;

    // Only a comma or "and" between two names, or "and" with a kind word after it ("و روستای لنگر"), or Arabic "و" written onto the second name.
    // Read in place, word by word: asked for every two names in a row, most of them far apart, where the first word already says no.
    private static bool Joined(string text, TextSpan first, TextSpan second)
    {
        var gap = text.AsSpan(first.End, second.Start - first.End);
        var (words, joiner) = (0, false);
        foreach (var range in gap.SplitAny(ListBreaks))
        {
            var word = gap[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // Pashto puts the first name's kind word before the joiner: "د شوروآباد ښارګوټي او پنج ولسوالۍ کې".
            words++;
            if (!joiner && IsJoiner(word))
            {
                joiner = true;
            }
            else if (!Geocoding.KindCues.IsCue(word.ToString()))
            {
                return false;
            }
        }

        return joiner || (words == 0 && (gap.IndexOfAny(',', '،') >= 0 || (second.End > second.Start && text[second.Start] == 'و')));
    }

    private static bool IsJoiner(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[MaxJoiner + 1];
        return word.Length <= MaxJoiner && JoinerLookup.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    private const int MaxJoiner = 8; // longer than every joiner

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerLookup = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where a closing attribution starts: the sentence's last clause, when it opens or closes with who said it ("…, said an army spokesman
    /// in Kunduz", "…, сообщил представитель армии в Кундузе", "…، په کندز کې د اردو یوه ویاند وویل", "…, according to a statement issued
    /// in Tashkent") and reports nothing itself (no "that" after the verb); past the sentence's end when there is none.
    /// </summary>
    private static int AttributionStart(string text, TextSpan sentence)
    {
        var mark = text.LastIndexOfAny(ClauseMarks, sentence.End - 1, sentence.End - sentence.Start);
        if (mark <= sentence.Start)
        {
            return int.MaxValue;
        }

        var words = text[(mark + 1)..sentence.End].ToLowerInvariant().Split(ClauseWordBreaks, StringSplitOptions.RemoveEmptyEntries);
        var saying = Array.FindIndex(words, PlaceRoles.IsSaying);
        var opensOrCloses = saying is >= 0 and <= 1 || (saying >= 0 && saying >= words.Length - 2);
        return (opensOrCloses || OpensWithAttribution(words)) && !HasComplementizer(words, Math.Max(0, saying)) ? mark + 1 : int.MaxValue;
    }

    // The clause opens with an attribution ("according to a statement"), or its second word does: joined again only when no verb of
    // saying has decided, so that a clause with one is not copied twice.
    private static bool OpensWithAttribution(string[] words)
    {
        var clause = string.Join(' ', words);
        foreach (var attribution in Attributions)
        {
            if (clause.StartsWith(attribution, StringComparison.Ordinal) || (words.Length > 1 && clause.IndexOf(attribution, StringComparison.Ordinal) == words[0].Length + 1))
            {
                return true;
            }
        }

        return false;
    }

    // "that" (or another complementizer) from the verb of saying on: what follows is reported, not attributed.
    private static bool HasComplementizer(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (PlaceRoles.Complementizers.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a place stands at the head of the sentence after a locative ("In the Wakhan,", "В Вахане", "وفي واخان", "واخان میں").</summary>
    private static bool AtHead(string text, TextSpan sentence, TextSpan place)
    {
        // The words are counted in place first: a place further into its sentence is no head, and its words need no copies.
        var head = text.AsSpan(sentence.Start, place.Start - sentence.Start);
        if (head.Contains(',') || WordCount.Of(head, Spaces) > HeadWords)
        {
            return false;
        }

        var words = head.ToString().Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || PlaceRoles.Locatives.Contains(words[0]) || PlaceRoles.RussianCase.Contains(words[0]);
    }

    // The head place is where the speaker is when a verb of saying follows it and what was said names another place (both before a
    // closing attribution, which <paramref name="body"/> ends at).
    private static bool SpeakerAtHead(string text, TextSpan body, IReadOnlyList<TextSpan> places, List<PlaceRole> roles)
    {
        var rest = text[places[0].End..Math.Max(places[0].End, body.End)].ToLowerInvariant();
        var saying = -1;
        foreach (var stem in PlaceRoles.Saying)
        {
            for (var at = rest.IndexOf(stem, StringComparison.Ordinal); at >= 0 && (saying < 0 || at < saying); at = rest.IndexOf(stem, at + 1, StringComparison.Ordinal))
            {
                if (at == 0 || !char.IsLetter(rest[at - 1]))
                {
                    saying = at;
                    break;
                }
            }
        }

        return saying >= 0 && Enumerable.Range(1, places.Count - 1)
            .Any(i => places[i].Start - places[0].End > saying && places[i].End <= body.End && roles[i] is PlaceRole.Event or PlaceRole.Mentioned);
    }
}
