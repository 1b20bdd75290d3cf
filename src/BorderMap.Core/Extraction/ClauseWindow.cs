using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The words of the clause right before or right after a name, read from a bounded window whatever the sentence's length: what
/// <see cref="BaseOrigin"/> and <see cref="AirportOrigin"/> look for a base or an airport in.
/// </summary>
internal static class ClauseWindow
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(".,;!?،؛؟۔\n");

    /// <summary>The words between the last clause break within <paramref name="window"/> characters before <paramref name="start"/> and it.</summary>
    public static string[] Before(string text, int start, int window, char[] separators)
    {
        var before = text[Math.Max(0, start - window)..start];
        return before[(before.AsSpan().LastIndexOfAny(ClauseBreaks) + 1)..].Split(separators, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The words from <paramref name="end"/> to the next clause break within <paramref name="window"/> characters.</summary>
    public static string[] After(string text, int end, int window, char[] separators)
    {
        var to = Math.Min(text.Length, end + window);
        var clauseLength = text.AsSpan(end, to - end).IndexOfAny(ClauseBreaks);
        return text[end..(clauseLength < 0 ? to : end + clauseLength)].Split(separators, StringSplitOptions.RemoveEmptyEntries);
    }
}
