using System.Globalization;
using System.Text;

namespace BorderMap.Core.Search;

/// <summary>
/// Folds a place name to a spelling-neutral key, so that the usual romanisations of one name meet:
/// German <c>Badachschan</c>, English <c>Badakhshan</c> and Russian <c>Бадахшан</c> all fold to
/// <c>badahshan</c>. Cyrillic is transliterated first; then German and French habits (sch, tsch, dsch,
/// ch for kh, w for v, ou for u, s for the voiced z: Kundus, Usbekistan) are mapped onto one form, e and i meet (Persian names are written
/// Mazar-e and Mazar-i, Termez and Termiz) and doubled letters collapse (not the two و of Arabic "and" before a name: "ووخش"). Perso-Arabic script keeps its
/// letters, but the Arabic and Persian forms of one letter meet (ي/ی, ك/ک, ة/ه), short-vowel marks and
/// hamza seats drop, Urdu and Pashto letter forms meet their Persian ones, invisible joiners and direction marks vanish, and a hyphen
/// inside a Perso-Arabic name goes as the space between its parts does in a key (<see cref="Geocoding.NameTokens.Key"/>).
/// </summary>
public static class NameFolding
{
    private static readonly (string From, string To)[] Romanisation =
    [
        ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("z", "s"),
        ("kh", "h"), ("ch", "h"), ("gh", "g"), ("ph", "f"), ("w", "v"), ("ou", "u"), ("y", "i"), ("e", "i"), ("q", "k"), ("-", " "),
    ];

    // Arabic, Urdu and Pashto forms of the letters Persian writes otherwise (Urdu ہ ھ ے, Pashto ې ۍ ټ ډ ړ ښ ګ ڼ);
    // FormD has already split hamza and madda off alef, yeh and heh.
    private static readonly Dictionary<char, char> Arabic = new()
    {
        ['ي'] = 'ی', ['ى'] = 'ی', ['ك'] = 'ک', ['ڪ'] = 'ک', ['ة'] = 'ه', ['ە'] = 'ه', ['ٱ'] = 'ا',
        ['ہ'] = 'ه', ['ھ'] = 'ه', ['ۃ'] = 'ه', ['ے'] = 'ی', ['ې'] = 'ی', ['ۍ'] = 'ی', ['ێ'] = 'ی',
        ['ٹ'] = 'ت', ['ټ'] = 'ت', ['ڈ'] = 'د', ['ډ'] = 'د', ['ڑ'] = 'ر', ['ړ'] = 'ر', ['ښ'] = 'ش', ['ږ'] = 'ژ', ['ګ'] = 'گ', ['ڼ'] = 'ن', ['ں'] = 'ن',
    };

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sh", ['ъ'] = string.Empty, ['ы'] = "i", ['ь'] = string.Empty, ['э'] = "e",
        ['ю'] = "yu", ['я'] = "ya", ['ғ'] = "g", ['ӣ'] = "i", ['қ'] = "k", ['ӯ'] = "u", ['ҳ'] = "h", ['ҷ'] = "j",
    };

    public static string Fold(string name)
    {
        // Most words of a text are ASCII, with nothing to decompose: their capitals are lowered in the loop below, not in a copy first.
        var decomposed = Ascii.IsValid(name) ? name : name.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        // Every word of a text is folded: the letters go into a buffer on the stack (a Cyrillic letter becomes at most two), not a builder.
        var latin = decomposed.Length <= 128 ? stackalloc char[decomposed.Length * 2] : new char[decomposed.Length * 2];
        var length = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (char.IsAscii(c))
            {
                // No ASCII letter is transliterated or a mark; of the apostrophes dropped below, two are ASCII. A hyphen between two
                // Perso-Arabic letters joins a name's parts as Persian writes them apart or run together ("تیم-دیموگان", "تیم دیموگان").
                if (c is not ('\'' or '`') && !(c == '-' && BetweenPersoArabicLetters(decomposed, i)))
                {
                    latin[length++] = char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;
                }
            }
            else if (c == 'ے' && (i + 1 == decomposed.Length || !char.IsLetter(decomposed[i + 1])))
            {
                // Urdu ends a word in ے for the e that Persian writes ه ("دوشنبے", دوشنبه), and in ی for an i: "چلے" (went) is not Chile's "چلی".
                latin[length++] = 'ه';
            }
            else if (Cyrillic.TryGetValue(c, out var transliterated))
            {
                transliterated.CopyTo(latin[length..]);
                length += transliterated.Length;
            }
            else if (Arabic.TryGetValue(c, out var persian))
            {
                latin[length++] = persian;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                && c is not ('’' or '‘' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or 'ـ'))
            {
                latin[length++] = c;
            }
        }

        var folded = new string(latin[..length]).Normalize(NormalizationForm.FormC);
        foreach (var (from, to) in Romanisation)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        return CollapseDoubles(folded).Trim();
    }

    private static bool BetweenPersoArabicLetters(string text, int at) =>
        at > 0 && at + 1 < text.Length && IsPersoArabicLetter(text[at - 1]) && IsPersoArabicLetter(text[at + 1]);

    private static bool IsPersoArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c);

    /// <summary>
    /// The text with each run of one repeated letter reduced to one ("Takkhar" → "Takhar"), but for two و that start a word
    /// (<see cref="AndBeforeWaw"/>); most keys have none, and are kept. A run of one digit is a different number ("900 km", "90 km";
    /// a search for "1100" must not find every "10"), so digits are kept as written, in every script.
    /// </summary>
    internal static string CollapseDoubles(string text)
    {
        var span = text.AsSpan();
        var firstDouble = 1;
        while (firstDouble < span.Length && Kept(span, firstDouble))
        {
            firstDouble++;
        }

        if (firstDouble >= span.Length)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || Kept(span, i))
            {
                result.Append(span[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Whether the character at <paramref name="at"/> (after the first) stays: it differs from the one before, or doubles a digit or the و of "and".</summary>
    private static bool Kept(ReadOnlySpan<char> text, int at) =>
        text[at] != text[at - 1] || char.IsDigit(text[at]) || AndBeforeWaw(text, at - 1);

    // Arabic writes a doubled letter once (with a shadda), so two و that start a word are the conjunction written onto a name that
    // starts with و ("ووخش": و + وخش, Vakhsh): both are kept, for the clitic rules (WordForms) to take the first off as "and", not
    // folded into the name as another spelling of it.
    private static bool AndBeforeWaw(ReadOnlySpan<char> text, int at) =>
        text[at] == 'و' && text[at + 1] == 'و' && (at == 0 || !char.IsLetter(text[at - 1]));
}
