namespace BorderMap.Core.Extraction;

/// <summary>
/// Reservists who arrive somewhere are a military presence there, like any troops moved to a place ("a battalion of reservists arrived
/// in Murghob", "в Мургабе появился батальон резервистов", "کتيبة من جنود الاحتياط وصلت إلى مرغاب"): the reservist word is no call-up
/// unless a call-up word says they were called up ("2,500 reservists were called up and arrived at the camps" stays a mobilisation).
/// </summary>
internal static class ArrivalCues
{
    // Arrived, in every language: matched at the start of a word, so that case and person forms count ("прибыли", "ورسېده", "پہنچ گئی").
    private static readonly string[] Arrivals =
    [
        "arrived", "arrive", "arrivé", "tiba", "traf", "eingetroffen", "появил", "прибыл", "прибыв", "омад", "رسید", "ورسېد", "وصلت", "وصل", "پہنچ",
    ];

    /// <summary>The arrival cue of a sentence (lower case) about reservists who arrived somewhere and were not called up, or null.</summary>
    public static string? ArrivedNotCallUp(string lower) =>
        DrillCues.SaysCalledUp(lower) ? null : Arrivals.FirstOrDefault(a => StartsAWord(lower, a));

    // Tajik "ҷамъ омаданд" is "gathered" (reservists assembling where they were called up), not "arrived".
    private const string Gathered = "ҷамъ ";

    private static bool StartsAWord(string lower, string word)
    {
        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetter(lower[at - 1])) && !lower.AsSpan(0, at).EndsWith(Gathered, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
