using System.Globalization;
using System.Text;

namespace BorderMap.Core.Search;

/// <summary>
/// Folds a place name to a spelling-neutral key, so that the usual romanisations of one name meet:
/// German <c>Badachschan</c>, English <c>Badakhshan</c> and Russian <c>Бадахшан</c> all fold to
/// <c>badahshan</c>. Cyrillic is transliterated first; then German and French habits (sch, tsch, dsch,
/// ch for kh, w for v, ou for u) are mapped onto one form and doubled letters collapse.
/// </summary>
public static class NameFolding
{
    private static readonly (string From, string To)[] Romanisation =
    [
        ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"),
        ("kh", "h"), ("ch", "h"), ("gh", "g"), ("ph", "f"), ("w", "v"), ("ou", "u"), ("y", "i"), ("q", "k"), ("-", " "),
    ];

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
        var latin = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (Cyrillic.TryGetValue(c, out var transliterated))
            {
                latin.Append(transliterated);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’' or 'ʼ' or '`'))
            {
                latin.Append(c);
            }
        }

        var folded = latin.ToString().Normalize(NormalizationForm.FormC);
        foreach (var (from, to) in Romanisation)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        return CollapseDoubles(folded).Trim();
    }

    private static string CollapseDoubles(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (result.Length == 0 || result[^1] != c)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
