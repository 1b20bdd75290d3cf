using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// Names standing in one list ("Yawan, Kuf Ab and Khwahan"): the joiners between them, the next item read ahead, and the kind a list
// or a list neighbour gives a word.
public sealed partial class MentionFinder
{
    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal)
    {
        "and", "or", "und", "oder", "et", "ou", "dan", "atau", "и", "или", "ва", "ё", "و", "یا", "او", "اور",
    };

    // Two names are read as one list when only these and at most one joiner stand between them; the gap is often sentences long, so it
    // is read in place and lowered only when it is short enough to be a joiner.
    private const string ListGapPunctuation = " ,،\u00A0";
    private static readonly int LongestJoiner = ListJoiners.Max(j => j.Length);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerSpans = ListJoiners.GetAlternateLookup<ReadOnlySpan<char>>();

    // A province's capital is the town unless a district word stands beside its name: a list's district word does not reach it
    // ("ضلع تشکان واپس لے لیا، قندوز میں": Kunduz, the city), nor does a plural district word after the list it ends.
    private static string? ListKindFor(string? listed, bool capital) => capital && listed == PlaceKinds.District ? null : listed;

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

    /// <summary>
    /// Whether two mentions stand in one list, with only a comma or "and" between ("the districts of
    /// Yawan, Kuf Ab and Khwahan", "ноҳияҳои Ишкошим ва Дарвоз"), so that they share a cue word. "And" may repeat the word that
    /// stands before the first ("les districts de Dacht-e Qala et de Khwaja Ghar").
    /// </summary>
    private static bool InOneList(string text, TextSpan first, TextSpan second)
    {
        var between = text.AsSpan(first.End, second.Start - first.End).Trim(ListGapPunctuation);
        if (between.IsEmpty || between.Length > LongestJoiner + MostRepeatedLetters)
        {
            return between.IsEmpty;
        }

        Span<char> lower = stackalloc char[between.Length];
        between.ToLowerInvariant(lower);
        var space = lower.IndexOf(' ');
        return JoinerSpans.Contains(lower) || (space > 0 && JoinerSpans.Contains(lower[..space]) && RepeatsWordBefore(text, first.Start, lower[(space + 1)..]));
    }

    private const int MostRepeatedLetters = 4; // "de", "du", "von", "в": the small words a list repeats before each item

    // Whether the word is the one right before the position ("de Dacht-e Qala … et de"), a small word and not a name.
    private static bool RepeatsWordBefore(string text, int position, ReadOnlySpan<char> word)
    {
        var before = text.AsSpan(0, position).TrimEnd(' ');
        return word.Length is > 0 and <= MostRepeatedLetters && before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
            && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));
    }
}
