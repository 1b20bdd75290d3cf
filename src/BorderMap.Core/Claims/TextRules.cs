using System.Globalization;

namespace BorderMap.Core.Claims;

/// <summary>
/// The one rule for text every store accepts, whichever backend holds it: no control characters
/// except tab and newline (PostgreSQL cannot store NUL at all, and the others are invisible in
/// every view and break CSV and terminals), no lone surrogates, and a length limit per field.
/// Lengths count UTF-16 units, the unit JSON and both backends measure in.
/// </summary>
public static class TextRules
{
    /// <summary>What is wrong with <paramref name="text"/>, or null when nothing is (null text is fine: required fields are checked apart).</summary>
    public static string? Problem(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is {text.Length:N0} characters long; at most {maxLength:N0} are accepted");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not '\t' and not '\n')
            {
                return string.Create(CultureInfo.InvariantCulture, $"has the control character U+{(int)c:X4} at character {i + 1}; only tab and newline are allowed");
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return string.Create(CultureInfo.InvariantCulture, $"has a lone surrogate at character {i + 1}");
            }
        }

        return null;
    }

    /// <summary>Checks a list of texts: its count, then each entry, naming the entry as <c>field[i]</c>.</summary>
    public static void CheckList(IReadOnlyCollection<string> items, string field, int maxCount, int maxLength, Action<string, string> fail)
    {
        if (items.Count > maxCount)
        {
            fail(field, string.Create(CultureInfo.InvariantCulture, $"has {items.Count:N0} entries; at most {maxCount:N0} are accepted"));
            return;
        }

        // The entry's name is made only for a problem: an import checks several lists a claim.
        var i = 0;
        foreach (var item in items)
        {
            if (Problem(item, maxLength) is { } problem)
            {
                fail($"{field}[{i}]", problem);
            }

            i++;
        }
    }

    public static void Check(string? text, string field, int maxLength, Action<string, string> fail)
    {
        if (Problem(text, maxLength) is { } problem)
        {
            fail(field, problem);
        }
    }
}
