using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// A place named twice in a row by two of its names: the second is said of the first.
public sealed partial class MentionFinder
{
    private const int MostWordsToSecondName = 8;

    /// <summary>
    /// The kind a kind word gave the name just before, when this name is another of that place's names given in the clause after it:
    /// "the Jomi district, still called Kuybyshev by many residents", «в район Джами, который многие жители по-прежнему называют
    /// Куйбышевским», "ناحیه جامی، که بسیاری از ساکنان هنوز آن را کویبیشف می‌نامند". The gazetteer holds the former name for the
    /// district and its seat alike; the sentence has just said which is meant. Null when the two are one name written alike, when a
    /// sentence or more than a few words stand between, or when no comma opens the clause.
    /// </summary>
    private static string? SecondNameKind(string text, List<Found> found, TextSpan span, List<NameMatch> matches)
    {
        if (found.Count == 0 || found[^1].KindHint is not { } named)
        {
            return null;
        }

        var before = found[^1];
        var between = text.AsSpan(before.Span.End, span.Start - before.Span.End);
        if (between.IndexOfAny(",،") < 0 || between.IndexOfAny(SentenceEnds) >= 0 || WordCount.Of(between, " \u00A0,،") > MostWordsToSecondName
            || !matches.Exists(m => m.Name.Place.Kind == named && before.Matches.Exists(b => b.Name.Place.Id == m.Name.Place.Id))
            || !(HasNamingWord(between) || HasNamingWord(ClauseAfter(text, span.End))) || NameKeys.Of(before.Span.Of(text)) == NameKeys.Of(span.Of(text)))
        {
            return null;
        }

        return named;
    }

    // The words after a name up to its clause's end, as far as a verb that closes the clause may stand ("Kuybyshev nennen", "کویبیشف
    // می‌نامند", "Кӯйбишев меноманд").
    private static ReadOnlySpan<char> ClauseAfter(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(MostCharsToNamingVerb, text.Length - end));
        var stop = after.IndexOfAny(ClauseEnds);
        return stop < 0 ? after : after[..stop];
    }

    private const int MostCharsToNamingVerb = 24;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",،.;:!?\n۔؟");

    // A word that says a name is given: "still called", "once named", "disebut", "nennen", "называют", "appellent", "меноманд",
    // "می‌نامند", "بولي", "يسمونها", "کہتے", "formerly", "ehemals", "бывший", "anciennement".
    private static bool HasNamingWord(ReadOnlySpan<char> words)
    {
        foreach (var range in words.SplitAny(" \u00A0,،\u200C"))
        {
            var word = words[range];
            foreach (var stem in NamingStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] NamingStems =
    [
        "call", "known", "named", "formerly", "disebut", "dikenal", "dulu", "nenn", "genannt", "ehemal", "называ", "назыв", "бывш", "прежде",
        "appel", "ancienn", "меном", "ном", "собиқ", "نام", "بولي", "بلل", "يسمون", "يسمى", "تسمى", "سابق", "کہت", "کہلا",
    ];
}
