namespace BorderMap.Core.Extraction;

/// <summary>
/// Splits text into sentences. A line break always ends one (news texts put headlines and
/// paragraphs on lines of their own). Inside a line, '.', '!', '?' and '…' end a sentence when,
/// after any closing quotes or brackets, white space and then a capital letter, an opening quote,
/// a digit or a letter of a caseless script follow. A full stop between digits ("1.037") is no end,
/// and neither is one after a known abbreviation or a single capital (an initial).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "st", "no", "nr", "vs", "etc", "ca", "bzw", "vgl", "usw", "z", "b", "d", "h",
        "u", "a", "s", "jl", "tn", "ny", "bpk", "kol", "mayjen", "г", "гг", "т", "е", "др", "им", "тыс", "млн", "см", "ген",
        // Months written short ("from Aug. 5", "le 3 janv. 2021").
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "dez", "janv", "févr", "avr", "juil", "déc",
    };

    // German writes ordinals with a full stop ("die russische 201. Militärbasis", "am 5. Juli"): after an article, a possessive or
    // demonstrative ("seiner 201. Militärbasis", "dieser 3. Division"), a preposition or an adjective of nationality, a number and its
    // stop open a noun phrase rather than end a sentence.
    private static readonly HashSet<string> OrdinalLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "im", "vom", "zum", "zur", "beim", "bis", "den", "der", "die", "das", "dem", "des", "ein", "eine", "einer", "einem", "eines",
        "sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres",
        "unser", "unsere", "unserer", "unserem", "unseren", "unseres", "dieser", "diese", "diesem", "diesen", "dieses",
    };

    private const string Closers = "\"'”’»)]";

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…' && EndsSentence(text, i) is var end && end > 0)
            {
                Add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>The position just after the sentence that ends at the mark at <paramref name="i"/>, or 0 if it does not end there.</summary>
    private static int EndsSentence(string text, int i)
    {
        if (text[i] == '.' && (IsAbbreviation(text, i) || IsOrdinal(text, i) || (i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            return 0;
        }

        var end = i + 1;
        while (end < text.Length && (Closers.Contains(text[end], StringComparison.Ordinal) || text[end] is '.' or '!' or '?'))
        {
            end++;
        }

        if (end >= text.Length)
        {
            return end;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return 0;
        }

        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return end;
        }

        var n = text[next];
        return char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '„' or '«' or '‘' or '(' || (char.IsLetter(n) && !char.IsLower(n)) ? end : 0;
    }

    private static bool IsOrdinal(string text, int dot)
    {
        var digits = dot;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        var wordEnd = digits - 1;
        if (digits == dot || wordEnd < 1 || text[wordEnd] != ' ')
        {
            return false;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return OrdinalLeaders.Contains(word) || word.Contains("isch", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
