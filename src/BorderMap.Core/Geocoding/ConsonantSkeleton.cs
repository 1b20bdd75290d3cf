using System.Text;
using System.Text.RegularExpressions;
using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// Compares names across Perso-Arabic and Latin script by their consonants. Persian writes no short
/// vowels, and its long-vowel letters (ا و ی) stand for several Latin vowels, so both sides drop
/// vowels, and the Latin side drops v/w and y as well, which و and ی also write. Each Perso-Arabic
/// consonant maps onto the letter the Latin name has after <see cref="NameFolding"/> (خ and چ onto h,
/// as "kh" and "ch" fold to h; ق onto k; غ onto g; the z-letters onto s). Spaces drop too, as Persian often joins the
/// words of a name. بدخشان and Badakhshan both give "bdhshn".
/// </summary>
public static class ConsonantSkeleton
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ب'] = "b", ['پ'] = "p", ['ت'] = "t", ['ث'] = "s", ['ج'] = "j", ['چ'] = "h", ['ح'] = "h", ['خ'] = "h",
        ['د'] = "d", ['ذ'] = "s", ['ر'] = "r", ['ز'] = "s", ['ژ'] = "j", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s",
        ['ض'] = "s", ['ط'] = "t", ['ظ'] = "s", ['غ'] = "g", ['ف'] = "f", ['ق'] = "k", ['ک'] = "k", ['گ'] = "g",
        ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ه'] = "h", // Pashto and Urdu letter forms are folded onto these first
    };

    /// <summary>The skeleton of a Perso-Arabic name (letters without a Latin consonant, such as ا و ی ع, drop).</summary>
    public static string OfPersoArabic(string name)
    {
        var skeleton = new StringBuilder();
        foreach (var c in NameFolding.Fold(name))
        {
            if (Letters.TryGetValue(c, out var latin))
            {
                skeleton.Append(latin);
            }
        }

        return Collapse(skeleton.ToString());
    }

    /// <summary>
    /// How often a name writes one consonant twice with only letters between that its skeleton drops (ا و ی ع in Perso-Arabic script,
    /// vowels, v and y in Latin): two syllables, as in "کارکنان" (staff: کن and the plural's -ان), which the skeleton reads as one
    /// consonant ("krkn", Qarqin's). A guess by consonants compares the counts of the word and the name: "زرحلال" and "Zarhalol" both
    /// write l twice, "Qarqin" writes no consonant twice.
    /// </summary>
    public static int RepeatsAcrossVowel(string name)
    {
        var persoArabic = name.Length > 0 && NameTokens.IsArabicScript(name[0]);
        var (repeats, dropped) = (0, false);
        string? last = null;
        foreach (var c in NameFolding.Fold(name))
        {
            var consonant = persoArabic ? Letters.GetValueOrDefault(c) : char.IsAsciiLetterLower(c) && !"aeiouvy".Contains(c, StringComparison.Ordinal) ? c.ToString() : null;
            if (consonant is null)
            {
                dropped |= char.IsLetter(c);
                continue;
            }

            repeats += dropped && consonant == last ? 1 : 0;
            (last, dropped) = (consonant, false);
        }

        return repeats;
    }

    /// <summary>
    /// The skeleton with each run of one consonant written once, but for the h after the s of "sh" (ش), which is a letter of that
    /// consonant, not an h of its own: a Persian word whose last ش is followed by the ه of its final vowel ("حاشیه", margin; "همیشه",
    /// always) keeps that ه as h ("hshh"), and does not read as a name that ends in sh ("hsh", Vakhsh), while "شاه" keeps "shh" as "Shah" does.
    /// </summary>
    internal static string Collapse(string skeleton)
    {
        var kept = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton)
        {
            if (kept.Length == 0 || kept[^1] != c || (c == 'h' && kept.Length >= 2 && kept[^2] == 's'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// The skeletons a word in Arabic may stand for: Arabic has no p, g or v, and writes them with ب, ك and ف ("بانج", Panj; "بنكي",
    /// Bangi; "فانج", Vanj), so each of those letters is also read as the sound it stands for (v drops, as on the Latin side). At most
    /// <see cref="MaxReadings"/> readings; other languages' words have only their own skeleton.
    /// </summary>
    public static IEnumerable<string> Readings(string word, string? language) =>
        language == "ar" ? ArabicReadings(OfPersoArabic(word)) : [OfPersoArabic(word)];

    /// <summary>
    /// The skeletons of the words of a name as an Arabic text writes them (<see cref="Readings"/>), word by word, the text's own
    /// first: "بول خمري" is "bl hmr" and "pl hmr" (Pul-e Khumri). Other languages' words have only their own skeletons.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> WordReadings(IReadOnlyList<string> skeletons, string? language)
    {
        if (language != "ar")
        {
            return [skeletons];
        }

        var readings = new List<IReadOnlyList<string>> { Array.Empty<string>() };
        foreach (var skeleton in skeletons)
        {
            readings = [.. readings.SelectMany(r => ArabicReadings(skeleton).Select(w => (IReadOnlyList<string>)[.. r, w])).Take(MaxReadings)];
        }

        return readings;
    }

    // The skeleton with each of Arabic's stand-in letters also read as the sound it stands for, the skeleton itself first.
    private static IEnumerable<string> ArabicReadings(string skeleton)
    {
        var readings = new List<string> { skeleton };
        for (var i = 0; i < readings[0].Length && readings.Count < MaxReadings; i++)
        {
            if (ArabicStandIns.TryGetValue(readings[0][i], out var sound))
            {
                readings.AddRange([.. readings.Select(r => r[..(r.Length - readings[0].Length + i)] + sound + r[(r.Length - readings[0].Length + i + 1)..])]);
            }
        }

        return readings.Skip(1).Select(Collapse).Prepend(readings[0]).Distinct();
    }

    private const int MaxReadings = 16;

    private static readonly Dictionary<char, string> ArabicStandIns = new() { ['b'] = "p", ['k'] = "g", ['f'] = "" };

    /// <summary>The skeleton of a Latin name: its folded form without vowels, v and y.</summary>
    /// <remarks>
    /// A g before "ch" or "kh" stays a g: folding writes "ch" as h, which would make "gh" (غ) of "Sangcharak" and lose a consonant
    /// that "Sang-e Chārak" and سنگچارک keep (s n g h r k).
    /// </remarks>
    public static string OfLatin(string name)
    {
        var skeleton = new StringBuilder();
        foreach (var c in NameFolding.Fold(ApartFromG(name)))
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'v' or 'y') && char.IsAsciiLetterLower(c))
            {
                skeleton.Append(c);
            }
        }

        return Collapse(skeleton.ToString());
    }

    // "Sangcharak" → "Sang charak"; most names have no such g, and are not copied.
    private static string ApartFromG(string name) =>
        name.Contains("gch", StringComparison.OrdinalIgnoreCase) || name.Contains("gkh", StringComparison.OrdinalIgnoreCase) ? GBeforeDigraph.Replace(name, " $1") : name;

    private static readonly Regex GBeforeDigraph =
        new("(?<=g)([ck]h)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
