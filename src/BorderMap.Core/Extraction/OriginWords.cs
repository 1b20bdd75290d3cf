namespace BorderMap.Core.Extraction;

/// <summary>
/// The words that say where people or troops came from, shared by <see cref="BaseOrigin"/> and <see cref="AirportOrigin"/>: "from"
/// before the base or the airport in every language BorderMap reads ("from its base in", "vom Flughafen", "de l'aéroport", "из аэропорта",
/// "аз пойгоҳи", "از میدان هوایی", "من مطار"), and "from" after it in Urdu and Pashto ("اڈے سے", "ډګر څخه"). Words are read as spans
/// of the text (see <see cref="ClauseWindow"/>), so the sets are asked through span lookups.
/// </summary>
internal static class OriginWords
{
    private static readonly HashSet<string> FromBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "aus", "vom", "von", "dari", "de", "d", "depuis", "из", "с", "со", "аз", "از", "من",
    };

    private static readonly HashSet<string> FromAfter = new(StringComparer.Ordinal) { "سے", "څخه" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FromBeforeLookup = FromBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FromAfterLookup = FromAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest word lowered on the stack; a longer one is no word of the lists.
    private const int MaxLowered = 64;

    /// <summary>Whether the word is "from" as written before the base or airport.</summary>
    public static bool IsFromBefore(ReadOnlySpan<char> word) => FromBeforeLookup.Contains(word);

    /// <summary>Whether the word is Urdu or Pashto "from", written after the base or airport.</summary>
    public static bool IsFromAfter(ReadOnlySpan<char> word) => FromAfterLookup.Contains(word);

    /// <summary>Whether the word, lowered, starts with one of <paramref name="starts"/> (lower-case word starts) and with none of <paramref name="notStarts"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> word, string[] starts, string[] notStarts)
    {
        Span<char> buffer = stackalloc char[MaxLowered];
        var lower = word.Length <= MaxLowered ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant().AsSpan();
        foreach (var start in notStarts)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var start in starts)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
