using System.Buffers;
using System.Runtime.CompilerServices;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Whether a lower-cased sentence holds any cue of a list, searched for them all at once: the cue rules ask it of every sentence, and
/// most sentences hold none, where a search per cue read the sentence once for each. The searches are made once per list. Thread-safe.
/// </summary>
internal static class CueSearch
{
    private static readonly ConditionalWeakTable<string[], SearchValues<string>> Searches = new();

    /// <summary>Whether <paramref name="lower"/> holds any of <paramref name="cues"/> (ordinal): what <c>cues.Any(lower.Contains)</c> says.</summary>
    public static bool ContainsAny(string lower, string[] cues) =>
        lower.AsSpan().ContainsAny(Searches.GetValue(cues, static list => SearchValues.Create(list, StringComparison.Ordinal)));

    /// <summary>The first of <paramref name="cues"/>, in the list's order, that <paramref name="lower"/> holds; null if none.</summary>
    public static string? FirstIn(string lower, string[] cues)
    {
        if (!ContainsAny(lower, cues))
        {
            return null;
        }

        foreach (var cue in cues)
        {
            if (lower.Contains(cue, StringComparison.Ordinal))
            {
                return cue;
            }
        }

        return null;
    }
}
