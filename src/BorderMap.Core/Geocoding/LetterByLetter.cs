using System.Globalization;
using System.Text;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// A Tajik place's Latin name as Arabic, Urdu and Pashto writers spell it letter by letter, the way they read it, not the way
/// Persian spells the Tajik name: o and u are و ("Norak" نورک, "Bokhtar" بوختر, where Persian writes the Tajik о as ا), a word's
/// first o or u is او ("Orzu" اورزو), and a word's final v is ف, as in every Russian name ("Kirov" کیروف). Three readings:
/// <list type="bullet">
/// <item><see cref="Reading.ShortVowels"/>: a, e and i unwritten inside the word, as Persian leaves its short vowels ("نورک");</item>
/// <item><see cref="Reading.Full"/>: every vowel written, a final a as ا ("یووان" for Yovan, "کولخوزاباد");</item>
/// <item><see cref="Reading.Arabic"/>: every vowel written in the letters Arabic has, which lacks v, g, p, ch and zh: ف, غ, ب, تش, ج
/// ("يوفون" for Yovon, "دانغارا", "خوفالينغ", "روزفاي");</item>
/// <item><see cref="Reading.ArabicShortVowels"/>: Arabic's letters with a, e and i unwritten inside the word, as Arabic leaves its own
/// short vowels ("تشوبك" for Chubek).</item>
/// </list>
/// The name is read as it stands: the apostrophe of a Tajik ъ and the marks of ŭ and í are dropped, as these writers drop them.
/// </summary>
public static class LetterByLetter
{
    /// <summary>How a writer spells the vowels and the letters Arabic lacks.</summary>
    public enum Reading { ShortVowels, Full, Arabic, ArabicShortVowels }

    private static readonly (string Latin, string Persian, string Arabic)[] Digraphs =
        [("dzh", "ج", "ج"), ("kh", "خ", "خ"), ("gh", "غ", "غ"), ("sh", "ش", "ش"), ("ch", "چ", "تش"), ("zh", "ژ", "ج"), ("ts", "تس", "تس")];

    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['b'] = "ب", ['p'] = "پ", ['t'] = "ت", ['j'] = "ج", ['d'] = "د", ['r'] = "ر", ['z'] = "ز", ['s'] = "س", ['f'] = "ف",
        ['q'] = "ق", ['k'] = "ک", ['g'] = "گ", ['l'] = "ل", ['m'] = "م", ['n'] = "ن", ['w'] = "و", ['v'] = "و", ['y'] = "ی",
        ['h'] = "ه", ['c'] = "ک", ['x'] = "کس",
    };

    // Arabic has no p, g or v: ب, غ (the usual choice for a foreign g: "دانغارا") and ف.
    private static readonly Dictionary<char, string> ArabicConsonants = new() { ['p'] = "ب", ['g'] = "غ", ['v'] = "ف" };

    /// <summary>The name in one reading: its words apart, the ezafe unwritten and "va" (and) as و.</summary>
    public static string Spell(string name, Reading reading)
    {
        var words = Plain(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !IsEzafe(w)).Select(w => w is "wa" or "va" ? "و" : Word(w, reading));
        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    /// <summary>Whether a word of a romanised Persian name is its ezafe ("Darah-ye Şūf", "Mazar-i", "Dasht-e"), which these writers leave unwritten.</summary>
    internal static bool IsEzafe(string word) => word is "e" or "i" or "ye";

    private static string Word(string word, Reading reading)
    {
        var spelt = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var digraph = Digraphs.FirstOrDefault(d => string.CompareOrdinal(word, i, d.Latin, 0, d.Latin.Length) == 0);
            if (digraph.Latin is not null)
            {
                spelt.Append(InArabicLetters(reading) ? digraph.Arabic : digraph.Persian);
                i += digraph.Latin.Length - 1;
            }
            else if (IsVowel(c))
            {
                spelt.Append(Vowel(c, first: i == 0, last: i == word.Length - 1, shortUnwritten: reading is Reading.ShortVowels or Reading.ArabicShortVowels));
            }
            else if (c == 'v' && i == word.Length - 1)
            {
                spelt.Append('ف');
            }
            else if (((InArabicLetters(reading) ? ArabicConsonants.GetValueOrDefault(c) : null) ?? Consonants.GetValueOrDefault(c)) is { } letter)
            {
                spelt.Append(letter);
            }
        }

        return spelt.ToString();
    }

    // A first vowel is written on alef (o and u with و after it); inside the word o and u are always و, and a, e and i only when
    // every vowel is written; at the end a is ه or ا, e ه or ی, i ی.
    private static string Vowel(char vowel, bool first, bool last, bool shortUnwritten) => (vowel, first, last, shortUnwritten) switch
    {
        ('o' or 'u', true, _, _) => "او",
        ('i' or 'e', true, _, false) => "ای",
        (_, true, _, _) => "ا",
        ('o' or 'u', _, _, _) => "و",
        ('a', _, true, true) => "ه",
        ('a', _, _, true) => string.Empty,
        ('a', _, _, _) => "ا",
        ('e', _, true, true) => "ه",
        ('i', _, true, _) or (_, _, _, false) => "ی",
        _ => string.Empty,
    };

    private static bool InArabicLetters(Reading reading) => reading is Reading.Arabic or Reading.ArabicShortVowels;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // The name in lower case without marks or apostrophes ("Gharavŭtí" → "gharavuti", "Vose’" → "vose").
    private static string Plain(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’' or '‘' or 'ʼ' or '`'))
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
