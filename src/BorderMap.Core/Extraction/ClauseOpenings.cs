using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The words that open a clause of its own without a comma before them: a subordinate clause with its own subject ("Tajikistan calls
/// up reservists as fighting nears Fayzabad", "… saat pertempuran mendekati Fayzabad", "… alors que les combats approchent de
/// Faïzabad", "… زیرا جنگ به فیض‌آباد نزدیک می‌شود"). A country named before such a word is not the subject of the name's clause.
/// German, Russian and Tajik set a comma before every such clause, so their clause breaks already say it.
/// </summary>
internal static class ClauseOpenings
{
    // One or two words each; "as" only where it opens a clause, not in "such as", "as well as", "as far as".
    private static readonly string[][] Openings =
    [
        ["as"], ["while"], ["when"], ["whereas"], ["because"], ["since"], ["until"], ["although"], ["though"], ["after"],
        ["saat"], ["ketika"], ["sementara"], ["karena"], ["sejak"], ["setelah"], ["sesudah"], ["tatkala"],
        ["lorsque"], ["lorsqu"], ["quand"], ["puisque"], ["tandis"], ["alors", "que"], ["parce", "que"], ["pendant", "que"], ["après", "que"],
        ["زیرا"], ["چون"], ["وقتی"], ["هنگامی"], ["هنگامی‌که"], ["حالیکه"], ["حالی‌که"], ["حالی", "که"],
        ["ځکه"], ["کله", "چې"],
        ["جبکہ"], ["کیونکہ"], ["جب"],
        ["بينما"], ["عندما"], ["حينما"], ["لأن"], ["بعد", "أن"],
    ];

    // The words around "as" that make it no clause's opening ("such as", "as well as", "as far as", "as many as", "as part of").
    private static readonly string[] NotClauseBeforeAs = ["such", "well", "so"];
    private static readonly string[] NotClauseAfterAs = ["far", "well", "many", "much", "part", "long", "soon", "of", "a", "an"];

    private static readonly SearchValues<char> Separators = SearchValues.Create(" \u00A0'’\"«»“”,;:()");

    /// <summary>Whether the words between a country and a name hold a clause's opening: then the country is no subject of the name's clause.</summary>
    /// <remarks>Asked for a country and each name after it in a sentence, so the words are read in place, with one word of look-ahead.</remarks>
    public static bool Holds(ReadOnlySpan<char> between)
    {
        Range before = default, word = default;
        for (var at = 0; ; )
        {
            var next = NextWord(between, ref at);
            if (!between[word].IsEmpty && Opens(between[before], between[word], between[next]))
            {
                return true;
            }

            if (between[next].IsEmpty)
            {
                return false;
            }

            before = word;
            word = next;
        }
    }

    // The next word from position at on (empty at the end), and at moved past it.
    private static Range NextWord(ReadOnlySpan<char> text, ref int at)
    {
        var start = text[at..].IndexOfAnyExcept(Separators);
        if (start < 0)
        {
            at = text.Length;
            return default;
        }

        start += at;
        var length = text[start..].IndexOfAny(Separators);
        at = length < 0 ? text.Length : start + length;
        return start..at;
    }

    private static bool Opens(ReadOnlySpan<char> before, ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        foreach (var opening in Openings)
        {
            if (Is(word, opening[0]) && (opening.Length == 1 || Is(next, opening[1])))
            {
                return opening is not ["as"] || !(IsAny(before, NotClauseBeforeAs) || IsAny(next, NotClauseAfterAs));
            }
        }

        return false;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var other in words)
        {
            if (Is(word, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ReadOnlySpan<char> word, string other) => word.Equals(other, StringComparison.OrdinalIgnoreCase);
}
