using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// A place named as the town of the airport people were flown out of: "from Kabul airport", "vom Flughafen Kabul", "dari bandara Kabul",
/// "de l'aéroport de Kaboul", "из аэропорта Кабула", "аз фурудгоҳи Кобул", "از میدان هوایی کابل", "من مطار كابول", and after the name in
/// Urdu and Pashto ("کابل ہوائی اڈے سے", "د کابل له هوايي ډګر څخه"). The airport's word stands between "from" and the name, so the word
/// before the name alone does not say it; they left the town, so it is their origin, whatever locative the other places have.
/// </summary>
internal static class AirportOrigin
{
    // Word starts of an airport, and the nouns Persian, Urdu and Pashto put beside "air" for one ("میدان هوایی", "ہوائی اڈہ", "هوايي ډګر").
    private static readonly string[] AirportStarts =
        ["airport", "airfield", "flughafen", "bandara", "aéroport", "аэропорт", "фурудгоҳ", "فرودگاه", "مطار", "ایئرپورٹ", "میدان", "اڈ", "اډ", "ډګر"];

    // "Air", which makes the nouns above an airport: Persian "هوایی", Urdu "ہوائی", Pashto "هوايي", Arabic-script variants (no letter case).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AirWords =
        new HashSet<string>(StringComparer.Ordinal) { "هوایی", "هوائی", "ہوائی", "هوايي", "هوائي" }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Articles and "of" between "from", the airport and the name: "from the airport of", "de l'aéroport de".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Linking =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "of", "l", "le", "la", "dem", "de", "d" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int Reach = 4;

    // The words read are bounded, whatever the sentence's length.
    private const int Window = 60;

    private static readonly SearchValues<char> Breaks = SearchValues.Create(" \u00A0\u200C\t'’");

    /// <summary>Whether the place at [<paramref name="start"/>, <paramref name="end"/>) is the town of an airport people came from.</summary>
    public static bool Names(string text, int start, int end) => Before(text, start) || After(text, end);

    private static bool Before(string text, int start)
    {
        var words = ClauseWindow.Before(text, start, Window, Breaks, stackalloc Range[ClauseWindow.MaxWords(Window)]);
        var at = words.Length - 1;
        // "de l'aéroport de Kaboul": the "de" right before the name links it to the airport.
        while (at >= 0 && at >= words.Length - 2 && Linking.Contains(words[at]) && !IsAirport(words[at]))
        {
            at--;
        }

        var airport = at;
        while (at >= 0 && airport - at < Reach && IsAirport(words[at]))
        {
            at--;
        }

        if (at == airport)
        {
            return false;
        }

        // "from the airport", "de l'aéroport": an article between "from" and the airport.
        for (var f = at; f >= 0 && at - f < 2; f--)
        {
            if (OriginWords.IsFromBefore(words[f]))
            {
                return true;
            }
        }

        return false;
    }

    // "کابل ہوائی اڈے سے", "د کابل له هوايي ډګر څخه" ("له" opens the Pashto phrase): the airport right after the name, "from" after it.
    private static bool After(string text, int end)
    {
        var words = ClauseWindow.After(text, end, Window, Breaks, stackalloc Range[ClauseWindow.MaxWords(Window)]);
        var at = words.Length > 0 && words[0] is "له" ? 1 : 0;
        var first = at;
        while (at < words.Length && at - first < Reach && IsAirport(words[at]))
        {
            at++;
        }

        return at > first && at < words.Length && OriginWords.IsFromAfter(words[at]);
    }

    private static bool IsAirport(ReadOnlySpan<char> word) => AirWords.Contains(word) || OriginWords.StartsWithAny(word, AirportStarts, []);
}
