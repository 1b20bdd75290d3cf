using System.Globalization;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Arabic short-vowel and doubling marks ("فرّ") and other non-spacing marks are no part of a cue word: they are taken out before cues
/// are looked for. Most sentences hold none, and are returned as they are, without a copy.
/// </summary>
internal static class NonSpacingMarks
{
    /// <summary><paramref name="text"/> without its non-spacing marks.</summary>
    public static string Without(string text)
    {
        var first = IndexOfMark(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length - CountFrom(text, first), (text, first), static (destination, state) =>
        {
            var (source, mark) = state;
            source.AsSpan(0, mark).CopyTo(destination);
            var at = mark;
            for (var i = mark; i < source.Length; i++)
            {
                if (!IsMark(source[i]))
                {
                    destination[at++] = source[i];
                }
            }
        });
    }

    private static int CountFrom(string text, int from)
    {
        var count = 0;
        for (var i = from; i < text.Length; i++)
        {
            count += IsMark(text[i]) ? 1 : 0;
        }

        return count;
    }

    private static int IndexOfMark(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsMark(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Below U+0300 no character is a non-spacing mark: the common case costs one comparison.
    private static bool IsMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
