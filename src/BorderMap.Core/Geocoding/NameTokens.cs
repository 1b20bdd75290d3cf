using System.Globalization;
using System.Text;
using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>A word of a text: its UTF-16 position and length.</summary>
public readonly record struct Token(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits names and running text into words the same way, so a place name found in a text has
/// exactly the key it was indexed under. A word is a run of letters, marks and digits; a hyphen or
/// apostrophe between two letters (or a hyphen after a digit: "201-я") stays inside it ("Mazar-i-Sharif", "Qal‘ah", "Oʻzbekiston"), except
/// after a French elided article or preposition ("l'Afghanistan", "d'Ishkashim": two words) and
/// before a lower-case ending that closes the word (Tajik "Файзобод-ро", English "Kunduz-based").
/// A name's key is its words folded with <see cref="NameFolding"/> and joined by spaces, except that
/// Perso-Arabic words join without one: Persian writes a name's parts apart, with the zero-width
/// non-joiner or run together ("مزار شریف", "مزار‌شریف", "مزارشریف"), and all three must meet.
/// </summary>
public static class NameTokens
{
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inWord = IsWordChar(c) || (start >= 0 && IsJoiner(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (char.IsLetter(text[i - 1]) || IsOrdinalHyphen(text, i)) && !IsPossessive(text, i) && !IsElision(text, start, i) && !IsHyphenatedEnding(text, start, i));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(new Token(start, i - start));
                start = -1;
            }
        }

        if (start >= 0)
        {
            tokens.Add(new Token(start, text.Length - start));
        }

        return tokens;
    }

    /// <summary>The lookup key of a whole name: its words, folded, joined by single spaces.</summary>
    public static string Key(string name)
    {
        var key = string.Empty;
        foreach (var part in KeyParts(name))
        {
            key = Join(key, part);
        }

        return key;
    }

    /// <summary>The folded words of a name, empty ones left out.</summary>
    public static List<string> KeyParts(string name) =>
        [.. Split(name).Select(token => NameFolding.Fold(name.Substring(token.Start, token.Length))).Where(folded => folded.Length > 0)];

    /// <summary>A key with one more folded word: after a space, or straight on between two Perso-Arabic words.</summary>
    public static string Join(string key, string next) =>
        key.Length == 0 ? next
        : next.Length > 0 && IsArabicScript(key[^1]) && IsArabicScript(next[0]) ? key + next
        : key + " " + next;

    /// <summary>
    /// Whether a word starts with a capital letter, is in a script without case (Arabic), where any word may be a name,
    /// or is an ordinal that starts a name ("201st military base", German "201. Militärbasis").
    /// </summary>
    public static bool MayStartName(string text, Token token)
    {
        var first = text[token.Start];
        return char.IsUpper(first) || (char.IsLetter(first) && !char.IsLower(first))
            || (char.IsAsciiDigit(first) && (char.IsLetter(text[token.End - 1]) || IsDottedOrdinal(text, token)));
    }

    /// <summary>Whether a number is a German ordinal, written with a full stop before a capitalised word ("201. Militärbasis", "3. Armee").</summary>
    public static bool IsDottedOrdinal(string text, Token token) =>
        token.End + 2 < text.Length && text[token.End] == '.' && text[token.End + 1] == ' ' && char.IsUpper(text[token.End + 2])
        && text.AsSpan(token.Start, token.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || c == '\u200C'; // the Persian zero-width non-joiner sits inside words

    // Russian writes an ordinal's ending after a hyphen ("201-я военная база", "201-й"): one word, as English "201st" is.
    private static bool IsOrdinalHyphen(string text, int hyphen) => text[hyphen] == '-' && char.IsAsciiDigit(text[hyphen - 1]);

    // English "Tajikistan's": the possessive is not part of the name.
    private static bool IsPossessive(string text, int apostrophe) =>
        text[apostrophe] is '\'' or '’' && text[apostrophe + 1] == 's' && (apostrophe + 2 == text.Length || !char.IsLetter(text[apostrophe + 2]));

    // A hyphen after a capitalised word and before a lower-case tail that ends the word ("Файзобод-ро", "Kunduz-based")
    // joins grammar, not a name's parts: those go on ("Mazar-i-Sharif") or start with a capital ("Yangi-Qala"), unless the
    // capitalised tail is a kind word.
    private static bool IsHyphenatedEnding(string text, int start, int hyphen)
    {
        if (text[hyphen] != '-' || !char.IsUpper(text[start]))
        {
            return false;
        }

        var end = hyphen + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        // German joins a kind word onto a name with a hyphen ("Wachan-Korridor", "Badachschan-Provinz"): the name is a word of its own.
        var tail = text[(hyphen + 1)..end];
        var grammarOrKind = tail.Length > 0 && (tail.All(char.IsLower) || (char.IsUpper(tail[0]) && KindCues.IsCue(tail)));
        return grammarOrKind && (end == text.Length || !IsJoiner(text[end]));
    }

    // French "l'", "d'", "qu'" before a name: the article is a word of its own.
    private static bool IsElision(string text, int start, int apostrophe) =>
        text[apostrophe] is '\'' or '’' && (apostrophe - start == 1 ? text[start] is 'l' or 'L' or 'd' or 'D' : apostrophe - start == 2 && text[start..apostrophe] is "qu" or "Qu")
        && char.IsUpper(text[apostrophe + 1]);

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‘' or 'ʻ' or 'ʼ' or '`';
}
