namespace BorderMap.Core.Geocoding;

/// <summary>
/// A light stemmer for Russian, Tajik and Kyrgyz place names: drops one case ending (Tajik "Афғонистонро", "Бадахшони") so that
/// "Москве", "Москвы" and "Москва" share the stem "Москв", and "Таджикистане" meets "Таджикистан".
/// Names and text words are stemmed alike, so the stem need not be a word. Possessive "-ов"/"-ев"
/// is deliberately not an ending here: it turns places into surnames (Kabul, Kabulov).
/// </summary>
public static class CyrillicStem
{
    // Russian case endings, then Tajik ones: plural -ҳо/-ҳои, accusative -ро, "and" -ву (ezafe -и and -у are among the Russian ones);
    // last a final -й, which a name in -ай or -ей loses in every case ("Китай", "Китаем", "Китая" share "Кита").
    private static readonly string[] Endings = ["ами", "ями", "ого", "его", "ому", "ему", "ҳои", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ҳо", "ро", "ву", "ы", "и", "а", "я", "у", "ю", "е", "й"];

    /// <summary>The stem, or null when the word is not Cyrillic or too short to stem safely.</summary>
    public static string? Of(string word)
    {
        if (word.Length < 5 || !IsCyrillic(word[0]))
        {
            return null;
        }

        var lower = word.ToLowerInvariant();
        var ending = Endings.FirstOrDefault(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length - e.Length >= MinStem);
        return ending is null ? lower : lower[..^ending.Length];
    }

    /// <summary>
    /// The stem a gazetteer name is indexed under: a name of four letters is its own stem, so that its case forms
    /// ("Ванча", "Ванче" of Ванч), whose stems are four letters long, meet it.
    /// </summary>
    public static string? OfName(string name) => name.Length == MinStem && IsCyrillic(name[0]) ? name.ToLowerInvariant() : Of(name);

    private const int MinStem = 4;

    private const string Vowels = "аеёиоуыэюяйьӣӯ";

    // Case endings that end in a consonant ("Горном", "военных", "базах"), taken off before the final vowels.
    private static readonly string[] ConsonantEndings = ["ами", "ями", "ом", "ем", "ым", "им", "ам", "ям", "ах", "ях", "ых", "их", "ов", "ев"];

    /// <summary>
    /// A word of a several-word Cyrillic name without a case ending in a consonant and its final vowels, й and ь: the endings of
    /// adjective and noun alike go ("военная" and "военной" give "военн", "Горный" and "Горном" "горн", "база" and "базе" "баз",
    /// "201-я" and "201-й" "201-"), so a whole name meets its case forms.
    /// Too blunt for one word alone; all words of a name must meet.
    /// </summary>
    public static string OfNameWord(string word)
    {
        var lower = word.ToLowerInvariant();
        var ending = ConsonantEndings.FirstOrDefault(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length - e.Length >= 3);
        var end = lower.Length - (ending?.Length ?? 0);
        while (end > 1 && Vowels.Contains(lower[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return lower[..end];
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
