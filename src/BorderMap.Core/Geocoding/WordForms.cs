using System.Buffers;
using System.Text.RegularExpressions;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// The forms a single name may take in running text, with the grammar taken off, so that the
/// geocoder and the text scanner read them alike: Arabic-script clitics in front (Arabic و ب ل ف,
/// the article ال and their combinations: "وبدخشان", "بالأفغانستان") and suffixes behind (Persian
/// and Urdu -ی, plural -ها/-های, Persian written without the non-joiner before them); and Russian
/// adjectives made from a name ("Ишкашимский район", "в Бадахшанской провинции"); Tajik о for the
/// Persian long a, and Russian а for Tajik's о ("Бальджуван" for Балҷувон); French ch for sh; and Arabic spellings of Persian names with the emphatic letters
/// (ط ص ض ظ ث ذ for the ت س ز that Persian writes: "طالقان", "تالقان"); Pashto's oblique case in ې. Cyrillic case
/// endings and genitive -s are handled by <see cref="NameMatcher.AddInflected"/>.
/// </summary>
public static partial class WordForms
{
    private static readonly string[] ArabicPrefixes = ["وبال", "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"];
    private static readonly string[] ArabicSuffixes = ["\u200Cهای", "\u200Cها", "های", "ها", "ی", "ي"];
    private const int MinimumStem = 3;

    // Arabic writes Persian t, s and z with its emphatic letters where Persian has the plain ones.
    private static readonly Dictionary<char, char> PlainLetters = new() { ['ط'] = 'ت', ['ص'] = 'س', ['ث'] = 'س', ['ض'] = 'ز', ['ظ'] = 'ز', ['ذ'] = 'ز' };

    // Languages whose grammar writes the clitics onto the next word; Persian, Pashto and Urdu write "and" apart,
    // and in Pashto و- starts perfective verbs ("ونیو", "واوښتل"), which must not be read as "and" + a name.
    private static readonly HashSet<string> CliticLanguages = new(StringComparer.Ordinal) { "ar" };

    /// <summary>
    /// The word's other forms (not the word itself), each with a phrase saying what was taken off.
    /// With the text's <paramref name="language"/> known, Arabic clitics are taken off only in Arabic text.
    /// </summary>
    public static IEnumerable<(string Form, string How)> Of(string word, string? language = null)
    {
        if (word.Length == 0)
        {
            yield break;
        }

        var forms = NameTokens.IsArabicScript(word[0]) ? ArabicScriptForms(word, language)
            : CyrillicStem.IsCyrillic(word[0]) ? CyrillicForms(word, language)
            : LatinForms(word);
        foreach (var form in forms)
        {
            yield return form;
        }
    }

    private static IEnumerable<(string Form, string How)> ArabicScriptForms(string word, string? language)
    {
        var clitics = language is null || CliticLanguages.Contains(language);
        foreach (var form in ArabicForms(word, clitics))
        {
            yield return form;
        }

        // Pashto's oblique case ends a name in ې where it ends in ه or ا ("روسیې" of روسیه, "اروپې" of اروپا).
        if (language is null or "ps" && word.EndsWith('ې') && word.Length > MinimumStem)
        {
            yield return (word[..^1] + "ه", "the Pashto oblique case of");
            yield return (word[..^1] + "ا", "the Pashto oblique case of");
        }

        if (WithPlainLetters(word) is { } plain)
        {
            yield return (plain, "the Arabic spelling of");
        }

        // Arabic writes Persian چ and ژ, which it lacks, letter by letter from a Latin name's ch and zh: تش, زه ("تشامان" for
        // Chaman, "وزهري" for and Zhari); the Persian spelling, with and without the clitics before it.
        if (language is "ar" && WithPersianForLetterPairs(word) is { } persian)
        {
            yield return (persian, "the Arabic letter pairs for the Persian letters of");
            foreach (var stem in WithoutPrefixes(persian, language))
            {
                yield return (stem, "with a prefix and the Arabic letter pairs for the Persian letters, a form of");
            }
        }
    }

    /// <summary>How a Russian adjective made from a name is told (<see cref="Of"/>): "Ишкашимский" from Ишкашим.</summary>
    public const string AdjectiveOf = "an adjective made from";

    private static IEnumerable<(string Form, string How)> CyrillicForms(string word, string? language)
    {
        if (RussianAdjective().Match(word) is { Success: true } adjective)
        {
            var stem = adjective.Groups["stem"].Value;
            yield return (stem, AdjectiveOf);
            // A name ending in -а or -и takes -инский ("Рошткалинский" from Рошткала, "Балхинский" from Балхи).
            if (stem.EndsWith("ин", StringComparison.OrdinalIgnoreCase))
            {
                yield return (stem[..^2] + "а", AdjectiveOf);
                yield return (stem[..^2] + "и", AdjectiveOf);
            }

            if (language is null or "ru" && WithTajikLongA(stem) is { } tajikStem)
            {
                yield return (tajikStem, $"{AdjectiveOf} the Russian spelling of");
            }
        }

        if (language is null or "ru" && WithTajikLongA(word) is { } tajik)
        {
            yield return (tajik, "the Russian spelling of");
        }

        // Russian writes Tajik ҷ as ч ("Ванч" for Ванҷ).
        if (word.Contains('ч', StringComparison.Ordinal))
        {
            yield return (word.Replace('ч', 'ҷ'), "the Russian spelling of");
        }

        // Tajik writes the Persian long a as о ("Бадахшон", "Тоҷикистон") where Russian and Latin names have а.
        if (word.Contains('о', StringComparison.Ordinal))
        {
            yield return (word.Replace('о', 'а'), "the Tajik spelling of");
        }
    }

    /// <summary>
    /// The nominative of a Russian adjective in a masculine case form ("Московским" → "Московский"), if the word is one: a town named
    /// by an adjective declines as one. A feminine form qualifies a province ("Московской области") or a word like it, no town.
    /// </summary>
    public static string? MasculineNominative(string word) =>
        RussianAdjective().Match(word) is { Success: true } adjective && adjective.Groups["ending"].Value is "ого" or "ому" or "ом" or "им"
            ? adjective.Groups["stem"].Value + adjective.Groups["suffix"].Value + "ий" : null;

    private static IEnumerable<(string Form, string How)> LatinForms(string word)
    {
        // French writes a hard g before e and i as gu ("Guerechk", "GUERECHK" for Gereshk): the word without that u, and its French ch
        // read as sh as well.
        if (WithoutFrenchGu(word) is { } hard)
        {
            yield return (hard, "the French spelling of");
            foreach (var form in SpellingsOfCh(hard))
            {
                yield return form;
            }
        }

        foreach (var form in SpellingsOfCh(word))
        {
            yield return form;
        }

        // Writers leave out the w of the Persian diphthong ow, the و of جوزجان ("Jozjan", French "Djozjan", for Jowzjan): the word
        // with the w after its first o before a consonant.
        var o = word.AsSpan().IndexOfAny('o', 'O');
        if (o > 0 && o + 1 < word.Length && char.IsAsciiLetterLower(word[o + 1]) && !"aeiouwy".Contains(word[o + 1], StringComparison.Ordinal))
        {
            yield return (word.Insert(o + 1, "w"), "a spelling without the w of");
        }
    }

    // A word's "gu" before e, é or i with the u taken out, or null when it has none.
    private static string? WithoutFrenchGu(string word)
    {
        if (!word.Contains("gu", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var plain = FrenchGu().Replace(word, m => m.Value[0] + m.Value[2..]);
        return plain == word ? null : plain;
    }

    [GeneratedRegex("[Gg][Uu][EeÉéIi]")]
    private static partial Regex FrenchGu();

    private static IEnumerable<(string Form, string How)> SpellingsOfCh(string word)
    {
        if (word.Contains("ch", StringComparison.OrdinalIgnoreCase))
        {
            // French writes English ch as tch ("Aqtcha", "Tchal").
            if (word.Contains("tch", StringComparison.OrdinalIgnoreCase))
            {
                yield return (word.Replace("tch", "ch", StringComparison.Ordinal).Replace("Tch", "Ch", StringComparison.Ordinal).Replace("TCH", "CH", StringComparison.Ordinal), "the French spelling of");
            }

            // French writes sh as ch ("Badakhchan", "Ichkachim"), where German and English ch fold to kh; in a dateline's capitals too ("ICHKOCHIM").
            yield return (word.Replace("ch", "sh", StringComparison.Ordinal).Replace("Ch", "Sh", StringComparison.Ordinal).Replace("CH", "SH", StringComparison.Ordinal), "the French spelling of");
        }
    }

    /// <summary>
    /// The word with its last а written о, or null when it has none: Russian spells a Tajik name with а where Tajik writes the Persian
    /// long a as о, most often in its last syllable (-ан for -он, -абад for -обод: "Бальджуван", "Бальджуванского" for Балҷувон).
    /// A word with a letter of the Tajik alphabet that Russian lacks (қ ғ ҳ ҷ ӣ ӯ) is Tajik as written: its а is Tajik's own.
    /// </summary>
    internal static string? WithTajikLongA(string word)
    {
        var last = word.LastIndexOf('а');
        return last > 0 && word.AsSpan().IndexOfAny(TajikLetters) < 0 ? string.Concat(word.AsSpan(0, last), "о", word.AsSpan(last + 1)) : null;
    }

    private static readonly SearchValues<char> TajikLetters = SearchValues.Create("ҚқҒғҲҳҶҷӢӣӮӯ");

    /// <summary>The word with Arabic's letter pairs تش and زه written as the Persian letters چ and ژ they stand for, or null when it has neither.</summary>
    private static string? WithPersianForLetterPairs(string word) =>
        word.Contains("تش", StringComparison.Ordinal) || word.Contains("زه", StringComparison.Ordinal)
            ? word.Replace("تش", "چ", StringComparison.Ordinal).Replace("زه", "ژ", StringComparison.Ordinal) : null;

    /// <summary>The word without each Arabic clitic it may start with ("وخان" → "خان"), in Arabic text or text of unknown language.</summary>
    public static IEnumerable<string> WithoutPrefixes(string word, string? language) =>
        language is null || CliticLanguages.Contains(language)
            ? ArabicPrefixes.Where(p => word.StartsWith(p, StringComparison.Ordinal) && word.Length - p.Length >= MinimumStem).Select(p => word[p.Length..])
            : [];

    /// <summary>
    /// A Persian name of several words with its word for a fort, قلعه (qala), as Pashto writes it, کلا ("موسی قلعه" → "موسی کلا"),
    /// or null when it has none: a name of one word is left alone, as Pashto کلا alone is any fort or village.
    /// </summary>
    public static string? WithPashtoFort(string name)
    {
        // Asked of every name while the gazetteer is built: most have no fort, and need no split.
        if (!name.Contains(FortStem, StringComparison.Ordinal))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.Any(IsFort) ? string.Join(' ', words.Select(w => IsFort(w) ? PashtoFort : w)) : null;
    }

    private const string PashtoFort = "کلا";

    /// <summary>
    /// A Persian name that joins two names with "و" (and) as Pashto writes it, with "او" ("کران و منجان" → "کران او منجان", Kuran wa
    /// Munjan; "بوسنی و هرزگوین" → "بوسنی او هرزگوین"), or null when it has no such word: Arabic and Urdu keep the Persian "و".
    /// </summary>
    public static string? WithPashtoAnd(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 2 && Array.IndexOf(words, PersianAnd, 1, words.Length - 2) > 0
            ? string.Join(' ', words.Select(w => w == PersianAnd ? PashtoAnd : w)) : null;
    }

    private const string PersianAnd = "و";

    private const string PashtoAnd = "او";

    // What both spellings of the fort (قلعه, قلعة) begin with.
    private const string FortStem = "قلع";

    private static bool IsFort(string word) => word is "قلعه" or "قلعة";

    /// <summary>
    /// The word with the Arabic emphatic letters (ط ص ث ض ظ ذ) written as the plain ones Persian, Pashto and Urdu use (ت س ز),
    /// or null when it has none: "ترمذ" is written "ترمز" in Persian.
    /// </summary>
    public static string? WithPlainLetters(string word) =>
        word.Any(PlainLetters.ContainsKey) ? new string([.. word.Select(c => PlainLetters.GetValueOrDefault(c, c))]) : null;

    private static IEnumerable<(string Form, string How)> ArabicForms(string word, bool clitics)
    {
        var stems = new List<(string, string)>();
        foreach (var prefix in ArabicPrefixes.Where(p => clitics && word.StartsWith(p, StringComparison.Ordinal) && word.Length - p.Length >= MinimumStem))
        {
            stems.Add((word[prefix.Length..], "with a prefix, a form of"));
        }

        stems.Add((word, ""));
        foreach (var (stem, how) in stems)
        {
            if (how.Length > 0)
            {
                yield return (stem, how);
            }

            foreach (var suffix in ArabicSuffixes.Where(s => stem.EndsWith(s, StringComparison.Ordinal) && stem.Length - s.Length >= MinimumStem))
            {
                yield return (stem[..^suffix.Length], "with a suffix, a form of");
            }
        }
    }

    [GeneratedRegex(@"^(?<stem>\w{4,}?)(?<suffix>ск|цк)(?<ending>ий|ого|ому|ом|им|ими|ая|ой|ую|ое|ие|их)$", RegexOptions.IgnoreCase)]
    private static partial Regex RussianAdjective();
}
