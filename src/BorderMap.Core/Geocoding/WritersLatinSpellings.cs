namespace BorderMap.Core.Geocoding;

/// <summary>
/// The Latin and Cyrillic spellings that German, Russian and Tajik writers give an Afghan district's name and that the name folding
/// (which already meets sch and sh, tsch and ch, dj and j, ou and u) cannot reach from the gazetteer's names:
/// <list type="bullet">
/// <item>German writes a y before a vowel as j ("Dara-i-Suf Payin" → "Dara-i-Suf Pajin", "Yangi Qala" → "Jangi Qala").</item>
/// <item>French writes sh as ch and ch as tch in names of several words too ("Shīrīn Tagāb" → "Chīrīn Tagāb", "Bal Chiragh" →
/// "Bal Tchiragh", which folds as "Bal Tcheragh" does); the folding meets a single word's French spelling itself (<see cref="WordForms"/>).</item>
/// <item>Russian and Tajik write the ezafe joined to the word before it and the Persian long a as o ("Darah-ye Şūf-e Pā’īn" →
/// "Darai-Sufi-Poyin", which folds as "Дараи-Суфи-Поин" and "Дараи Сӯфи Поён" do).</item>
/// <item>Russian writers join the two words of a name into one ("Naw Zad" → "Nawzad", which folds as "Навзад" does).</item>
/// <item>Writers leave off the h of a final -ah or -eh in every province, not only on the border ("Sōzmah Qal‘ah" → "Sōzma Qal‘a",
/// <see cref="DerivedNames.WithoutFinalH"/>).</item>
/// </list>
/// Each spelling changes a name of the district itself, so a common word does not become a place: the German and French readings
/// are made only of names of several words, the joined reading needs an ezafe, and a spelling of fewer than five letters is not made.
/// </summary>
public static class WritersLatinSpellings
{
    private const int MinLetters = 5;

    /// <summary>The Afghan district with the writers' spellings of its Latin names added (other places as they are).</summary>
    public static Place AddTo(Place place)
    {
        if (place.Country != "AF" || place.Kind != PlaceKinds.District)
        {
            return place;
        }

        var latin = place.AllNames.Where(n => n.Language is "" or "en" && DerivedNames.IsLatin(n.Text)).Select(n => n.Text).ToList();
        var lighter = latin.Select(DerivedNames.WithoutFinalH).OfType<string>().ToList();
        var spellings = latin.Concat(lighter).Where(SeveralWords).SelectMany(n => new[] { GermanJ(n), French(n) })
            .Concat(lighter).Concat(JoinedEzafe(place.Name)).Concat(latin.Select(JoinedWords)).OfType<string>()
            .Where(s => s.Count(char.IsLetter) >= MinLetters && !place.AllNames.Any(n => n.Text == s))
            .Distinct(StringComparer.Ordinal).Select(s => new PlaceName("en", s)).ToList();
        return spellings.Count == 0 ? place : place with { Names = [.. place.Names, .. spellings] };
    }

    /// <summary>The name as German writes it, a y before a vowel as j ("Payin" → "Pajin"), or null when it has no such y.</summary>
    public static string? GermanJ(string name)
    {
        var letters = name.ToCharArray();
        var changed = false;
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            if (letters[i] is 'y' or 'Y' && IsVowel(letters[i + 1]))
            {
                letters[i] = letters[i] == 'y' ? 'j' : 'J';
                changed = true;
            }
        }

        return changed ? new string(letters) : null;
    }

    /// <summary>The name as French writes it, ch as tch and sh as ch ("Shirin Tagab" → "Chirin Tagab"), or null when it has neither.</summary>
    public static string? French(string name)
    {
        if (!name.Contains("sh", StringComparison.OrdinalIgnoreCase) && !name.Contains("ch", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var french = new System.Text.StringBuilder(name.Length + 2);
        for (var i = 0; i < name.Length; i++)
        {
            var pair = i + 1 < name.Length && name[i + 1] is 'h' ? name[i] : '\0';
            french.Append(pair switch { 'c' => "tch", 'C' => "Tch", 's' => "ch", 'S' => "Ch", _ => name[i].ToString() });
            i += pair is 'c' or 'C' or 's' or 'S' ? 1 : 0;
        }

        return french.ToString();
    }

    /// <summary>A name of two words without an ezafe as one word, as Russian writers join it ("Naw Zad" → "Nawzad"), or null for other names.</summary>
    public static string? JoinedWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && !LetterByLetter.IsEzafe(words[1]) && words.All(w => w.All(char.IsLetter))
            ? words[0] + char.ToLowerInvariant(words[1][0]) + words[1][1..]
            : null;
    }

    /// <summary>
    /// The GeoNames name as Russian and Tajik writers spell it, each ezafe joined to the word before it as -i, words joined by hyphens,
    /// a final h and the hamza's mark left off, with the long a as written and as o ("Darah-ye Şūf-e Pā’īn" → "Darai-Sufi-Payin",
    /// "Darai-Şūf-i-Poyin"); nothing for a name without an ezafe.
    /// </summary>
    public static IEnumerable<string> JoinedEzafe(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (!words.Skip(1).Any(LetterByLetter.IsEzafe))
        {
            return [];
        }

        var joined = new List<string>();
        foreach (var word in words)
        {
            if (LetterByLetter.IsEzafe(word) && joined.Count > 0)
            {
                joined[^1] += "i";
                continue;
            }

            joined.Add(DerivedNames.WithHamzaAsY(DerivedNames.WithoutFinalH(word) ?? word));
        }

        var asWritten = string.Join('-', joined);
        return new[] { asWritten, asWritten.Replace('ā', 'o').Replace('Ā', 'O') }.Distinct(StringComparer.Ordinal);
    }

    // A single word's German and French spellings the folding and WordForms meet, and a word alone spelt anew would take the
    // place of its namesakes across the border (French "Ichkachim" is the Tajik district as often as the Afghan one, German "Jawan" the Tajik Yavan).
    private static bool SeveralWords(string name) => name.Contains(' ', StringComparison.Ordinal) || name.Contains('-', StringComparison.Ordinal);

    private static bool IsVowel(char c) => "aeiouāīūēōAEIOU".Contains(c, StringComparison.Ordinal);
}
