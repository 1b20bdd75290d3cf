using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// "withdrew to neighbouring Arghistan", "ins benachbarte Arghistan", "в соседний Аргистан": a name of a district and of a town called
/// the neighbour of what the sentence has named is the district. Neighbours are units of one kind, the district beside a district;
/// a town beside another is named with its kind word ("the neighbouring town of"), which decides before this, and a province's
/// capital is the province's name too ("neighbouring Kunduz"), which this leaves alone.
/// </summary>
public static class NeighbourWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "neighbouring", "neighboring", "adjacent", "benachbarte", "benachbarten", "benachbartes", "соседний", "соседнего", "соседнем", "соседнему", "соседним",
    };

    /// <summary>Whether a word of neighbourhood stands right before the name that starts at token <paramref name="first"/>.</summary>
    public static bool Before(string text, List<Token> tokens, int first) =>
        first > 0 && Words.Contains(WordCopies.Lower(text, tokens[first - 1]));
}
