using System.Text.RegularExpressions;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// Turns GeoNames' untagged alternate names into (language, name) pairs by script: Perso-Arabic as
/// Persian (fa), Cyrillic with Tajik letters (ғ ӣ қ ӯ ҳ ҷ) as Tajik, other Cyrillic as Russian, Latin
/// as English spellings. Codes (KWH), romanised Arabic-script transcriptions in lower case
/// ("dh khahan") and names in other scripts are dropped. A generic word in front ("Qaryah-ye" village,
/// "Qeshlāq-e" winter quarters, "Wulêswālī" district seat, قريه) is dropped too, as texts rarely
/// write it.
/// </summary>
internal static partial class AlternateNames
{
    public static IEnumerable<(string Language, string Name)> Classify(IEnumerable<string> names)
    {
        foreach (var raw in names)
        {
            var name = Generic().Replace(raw.Trim(), "");
            if (name.Length < 3 || name.Any(char.IsDigit) || (name.Length <= 4 && name.All(char.IsAsciiLetterUpper)))
            {
                continue;
            }

            if (name.All(c => IsArabicScript(c) || c is ' ' or '\u200C' or '-'))
            {
                yield return ("fa", name);
            }
            else if (name.All(c => c is >= '\u0400' and <= '\u04FF' || c is ' ' or '-'))
            {
                yield return (name.Any(c => "ғӣқӯҳҷҒӢҚӮҲҶ".Contains(c, StringComparison.Ordinal)) ? "tg" : "ru", name);
            }
            else if (char.IsUpper(name[0]) && name.All(c => IsLatin(c) || c is ' ' or '-' or '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʻ'))
            {
                yield return ("en", name);
            }
        }
    }

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static bool IsLatin(char c) => char.IsLetter(c) && c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    [GeneratedRegex(@"^(Qaryah-ye |Qaryeh-ye |Qeshlāq-e |Qeshlaq-e |Wulêswālī |Woluswali |Kishlak |Kishlaq |Qishlog'i |قريه |قریه |قشلاق )")]
    private static partial Regex Generic();
}
