using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// A place named as where the base stands that troops came from: "from its base in Dushanbe", "von seinem Stützpunkt in Duschanbe",
/// "de sa base de Douchanbé", "со своей базы в Душанбе", "аз пойгоҳи худ дар Душанбе", "از پایگاه خود در دوشنبه", "من قاعدتها في دوشنبه",
/// "dari pangkalannya di Dushanbe", and after the name in Urdu and Pashto ("دوشنبے میں اپنے اڈے سے", "دوشنبې کې له خپلې اډې څخه").
/// The troops left it, so it is their origin, whatever locative names it: the claim belongs where they were sent.
/// </summary>
internal static class BaseOrigin
{
    // Word starts of a military base.
    private static readonly string[] BaseWords = ["base", "stützpunkt", "pangkalan", "баз", "пойгоҳ", "پایگاه", "قاعد", "اډ", "اڈ"];

    // "базар" (a bazaar) starts as "база" (a base) does.
    private static readonly string[] Bazaar = ["базар"];

    // Words between "from" and the base ("its", "seinem", "своей", "خود") and between the base and the name ("in", "дар", "کې له خپلې").
    private const int Reach = 3;

    // A base is named in the same clause as the place; the window read is bounded, whatever the sentence's length.
    private const int Window = 80;

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \u00A0\u200C\t");

    /// <summary>Whether the place at [<paramref name="start"/>, <paramref name="end"/>) is where a base stands that troops came from.</summary>
    public static bool Names(string text, int start, int end) => Before(text, start) || After(text, end);

    // "from its base in …": a base within Reach words before the name, and "from" within Reach words before the base, no name between.
    private static bool Before(string text, int start)
    {
        var words = ClauseWindow.Before(text, start, Window, Spaces, stackalloc Range[ClauseWindow.MaxWords(Window)]);
        for (var b = words.Length - 1; b >= Math.Max(0, words.Length - Reach); b--)
        {
            if (!IsBase(words[b]))
            {
                continue;
            }

            for (var f = b - 1; f >= Math.Max(0, b - Reach) && !char.IsUpper(words[f][0]); f--)
            {
                if (IsFrom(words, f))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // "… میں اپنے اڈے سے", "… کې له خپلې اډې څخه": the base within Reach words after the name, "from" right after it.
    private static bool After(string text, int end)
    {
        var words = ClauseWindow.After(text, end, Window, Spaces, stackalloc Range[ClauseWindow.MaxWords(Window)]);
        for (var b = 0; b < Math.Min(words.Length - 1, Reach + 1); b++)
        {
            if (IsBase(words[b]) && OriginWords.IsFromAfter(words[b + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // French "de" is "from" before a possessive ("de sa base de Douchanbé"), not in "le commandant de la base".
    private static bool IsFrom(ClauseWords words, int at) =>
        words[at] is "de" ? at + 1 < words.Length && FrenchPossessives.Contains(words[at + 1]) : OriginWords.IsFromBefore(words[at]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchPossessives =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "sa", "son", "ses", "leur", "leurs" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsBase(ReadOnlySpan<char> word) => OriginWords.StartsWithAny(word, BaseWords, Bazaar);
}
