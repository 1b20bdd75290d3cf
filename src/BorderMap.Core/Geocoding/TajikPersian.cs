using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// Reads a Tajik (Cyrillic) word as the Persian name it writes: Tajik is Persian in Cyrillic letters, so
/// "Чин" is چین (China), "Ҷурм" is جرم and "Кишм" is کشم, names the gazetteer may have only in Persian
/// script. Each Tajik consonant stands for one Persian letter or a few (с for س ص ث); the long vowels
/// (о ӣ ӯ) are written in Persian (ا ی و), the short ones (а и у е) may or may not be (ه or ا for a final
/// or first а). Candidates come from the Persian names' consonant skeletons; a letter-by-letter
/// alignment then decides.
/// </summary>
public static class TajikPersian
{
    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['б'] = "ب", ['п'] = "پ", ['т'] = "تط", ['с'] = "سصث", ['з'] = "زذضظ", ['ҷ'] = "ج", ['ч'] = "چ", ['ҳ'] = "هح", ['х'] = "خ",
        ['д'] = "د", ['р'] = "ر", ['ж'] = "ژ", ['ш'] = "ش", ['ғ'] = "غق", ['ф'] = "ف", ['қ'] = "ق", ['к'] = "ک", ['г'] = "گ",
        ['л'] = "ل", ['м'] = "م", ['н'] = "ن", ['в'] = "و", ['й'] = "ی", ['о'] = "او", ['ӣ'] = "ی", ['ӯ'] = "و",
    };

    // Short vowels: Persian may write them (a first or final а as ا or ه) or not.
    private static readonly Dictionary<char, string> ShortVowels = new() { ['а'] = "اه", ['и'] = "ی", ['у'] = "و", ['е'] = "ی", ['э'] = "ا", ['ъ'] = "عء" };

    // Letters Tajik writes as two: я = йа, ю = йу, ё = йо.
    private static readonly Dictionary<char, string> Iotated = new() { ['я'] = "йа", ['ю'] = "йу", ['ё'] = "йо" };

    private const int MaxLength = 24;

    /// <summary>
    /// Whether the Tajik <paramref name="word"/> writes the Persian <paramref name="persian"/> (a gazetteer name); with
    /// <paramref name="everyVowelWritten"/>, only if each of its short vowels is a letter of the Persian name.
    /// </summary>
    public static bool Writes(string word, string persian, bool everyVowelWritten = false)
    {
        var tajik = string.Concat(word.ToLowerInvariant().Select(c => Iotated.GetValueOrDefault(c, c.ToString())));
        var letters = new string([.. NameFolding.Fold(persian).Where(c => c is not (' ' or '\u200C'))]);
        if (tajik.Length > MaxLength || letters.Length > MaxLength || tajik.Any(c => !Consonants.ContainsKey(c) && !ShortVowels.ContainsKey(c)))
        {
            return false;
        }

        // reach[j]: the first i Tajik letters can write the first j Persian letters.
        var reach = new bool[letters.Length + 1];
        reach[0] = true;
        foreach (var (c, i) in tajik.Select((c, i) => (c, i)))
        {
            var next = new bool[letters.Length + 1];
            var doubled = i > 0 && tajik[i - 1] == c && Consonants.ContainsKey(c); // Persian writes a doubled consonant once
            for (var j = 0; j <= letters.Length; j++)
            {
                if (!reach[j])
                {
                    continue;
                }

                next[j] |= (ShortVowels.ContainsKey(c) && !everyVowelWritten) || doubled;
                if (j < letters.Length && (Consonants.GetValueOrDefault(c) ?? ShortVowels[c]).Contains(letters[j], StringComparison.Ordinal))
                {
                    next[j + 1] = true;
                }
            }

            // Persian ع and ء, which Tajik may leave unwritten, are skipped.
            for (var j = 0; j < letters.Length; j++)
            {
                next[j + 1] |= next[j] && letters[j] is 'ع' or 'ء';
            }

            reach = next;
        }

        return reach[letters.Length];
    }

    /// <summary>The skeleton under which the Persian names a Tajik word may write are indexed (see <see cref="ConsonantSkeleton.OfPersoArabic"/>).</summary>
    public static string Skeleton(string word) => ConsonantSkeleton.OfLatin(word);
}
