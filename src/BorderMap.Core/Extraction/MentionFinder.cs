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
/// after it resolved to (so "Fayzabad" in a text about Badakhshan is Badakhshan's). Thread-safe.
/// </summary>
public sealed class MentionFinder(Geocoder geocoder)
{
    private const int MaxWords = 6;
    private const double SmallTownPrior = 0.6;
    private const int CandidatesKept = 3;
    private const int ShortKey = 4;
    private const int ContextMentions = 20;

    public Geocoder Geocoder { get; } = geocoder;

    public IReadOnlyList<PlaceMention> Find(string text)
    {
        var found = Scan(text);
        var codePoints = new CodePointIndex(text);
        var first = found.Select(f => Geocoder.Rank(f.Matches, new GeocodeContext(new HashSet<string>(), [], f.KindHint), 1) is [var best, ..] ? best.Place : null).ToList();
        var mentions = new List<PlaceMention>();
        for (var m = 0; m < found.Count; m++)
        {
            // The context is the mentions around this one, not the whole text: a long text moves between regions.
            var from = Math.Max(0, m - ContextMentions);
            var to = Math.Min(found.Count, m + ContextMentions + 1);
            var others = Enumerable.Range(from, to - from).Where(o => o != m).Select(o => first[o]).OfType<Place>().ToList();
            var ids = new HashSet<string>(others.Where(p => !PlaceKinds.IsPoint(p.Kind)).Select(p => p.Id), StringComparer.Ordinal);
            var context = new GeocodeContext(ids, [.. others.Where(p => PlaceKinds.IsPoint(p.Kind))], found[m].KindHint);
            var candidates = Geocoder.Rank(found[m].Matches, context, CandidatesKept);
            if (candidates.Count > 0)
            {
                var span = found[m].Span;
                mentions.Add(new PlaceMention(span.Of(text), codePoints.Of(span.Start), codePoints.Of(span.End), found[m].KindHint, candidates));
            }
        }

        return mentions;
    }

    private sealed record Found(TextSpan Span, List<NameMatch> Matches, string? KindHint);

    private List<Found> Scan(string text)
    {
        var tokens = NameTokens.Split(text);
        var keys = new string?[tokens.Count];
        string KeyOf(int i) => keys[i] ??= NameFolding.Fold(text.Substring(tokens[i].Start, tokens[i].Length));

        var found = new List<Found>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!NameTokens.MayStartName(text, tokens[i]) || KeyOf(i).Length < 2)
            {
                continue;
            }

            var (last, matches) = Longest(text, tokens, i, KeyOf);
            if (matches.Count == 0 || !Plausible(text, tokens, i, last, matches))
            {
                continue;
            }

            found.Add(new Found(new TextSpan(tokens[i].Start, tokens[last].End), matches, KindCues.Around(text, tokens, i, last)));
            i = last;
        }

        return found;
    }

    /// <summary>The longest name starting at word <paramref name="i"/>: its last word and its matches.</summary>
    private (int Last, List<NameMatch> Matches) Longest(string text, List<Token> tokens, int i, Func<int, string> keyOf)
    {
        var gazetteer = Geocoder.Gazetteer;
        var key = keyOf(i);
        var best = (Last: i, Matches: new List<NameMatch>());
        for (var j = i; ; j++)
        {
            var names = gazetteer.ByKey(key);
            if (names.Count > 0)
            {
                best = (j, [.. names.Select(n => new NameMatch(n, NameMatcher.Folded, $"'{text[tokens[i].Start..tokens[j].End]}' is a name of it ('{n.Name.Text}')"))]);
            }

            if (j + 1 >= tokens.Count || j + 1 - i >= MaxWords || !gazetteer.IsKeyPrefix(key) || !OnlySpaceBetween(text, tokens[j], tokens[j + 1]))
            {
                break;
            }

            key = key + " " + keyOf(j + 1);
        }

        if (best.Matches.Count == 0)
        {
            NameMatcher.AddInflected(gazetteer, text.Substring(tokens[i].Start, tokens[i].Length), keyOf(i), best.Matches);
        }

        return best;
    }

    private bool Plausible(string text, List<Token> tokens, int first, int last, List<NameMatch> matches)
    {
        if (first != last)
        {
            return true;
        }

        var word = text.Substring(tokens[first].Start, tokens[first].Length);
        var key = NameFolding.Fold(word);
        var important = matches.Any(m => m.Name.Place.Kind is PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Capital);
        var focus = matches.Any(m => m.Name.Place.Country is "AF" or "TJ");

        // Folding merges short words too eagerly (German "Ende" and French "Inde"): a short word must be a name as written.
        if (key.Length <= ShortKey && matches.All(m => m.Strength != NameMatcher.Inflected) && !matches.Any(m => Plain(m.Name.Name.Text) == Plain(word)))
        {
            return false;
        }

        if (!important && CommonWords.Contains(key))
        {
            return false;
        }

        // "Mary Smith": a town name followed by a capitalised word that starts no place is a person's first name.
        if (!focus && matches.All(m => m.Name.Place.Kind != PlaceKinds.Country) && last + 1 < tokens.Count
            && OnlySpaceBetween(text, tokens[last], tokens[last + 1]) && char.IsUpper(text[tokens[last + 1].Start])
            && Longest(text, tokens, last + 1, i => NameFolding.Fold(text.Substring(tokens[i].Start, tokens[i].Length))).Matches.Count == 0)
        {
            return false;
        }

        return focus || matches.Max(m => PlacePrior.Of(m.Name.Place)) >= SmallTownPrior || !StartsSentence(text, tokens[first].Start);
    }

    // Lower case without accents: how a name is written, short of folding its romanisation.
    private static string Plain(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).Select(char.ToLowerInvariant)]);

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '„' or '«' or '(' or '‘'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '…' or '\n' or ':' || char.IsWhiteSpace(text[i]);
    }

    private static bool OnlySpaceBetween(string text, Token a, Token b)
    {
        for (var i = a.End; i < b.Start; i++)
        {
            if (text[i] is not (' ' or '-' or '\u00A0' or '\u200C'))
            {
                return false;
            }
        }

        return true;
    }
}
