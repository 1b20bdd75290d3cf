namespace BorderMap.Core.Events;

/// <summary>
/// Category and actors. Claims that share a category agree on it; a different category is
/// another aspect of the happening (the crossing, and the government admitting the soldiers), not
/// a source saying otherwise, so it is unknown rather than a contradiction. Actors agree when the claims name one in common; naming different actors, or none,
/// says nothing (one report names the army, another the border guard), so it is unknown.
/// </summary>
public static class ActorRules
{
    public static PairVerdict CompareCategory(string a, string b) =>
        a == b ? PairVerdict.Agree($"both {a}") : PairVerdict.Unknown($"different aspects: {a} and {b}");

    public static PairVerdict CompareActors(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = a.Intersect(b, StringComparer.OrdinalIgnoreCase).ToList();
        return shared.Count > 0
            ? PairVerdict.Agree($"both name {string.Join(", ", shared)}")
            : PairVerdict.Unknown(a.Count == 0 || b.Count == 0 ? "one names no actor" : "they name different actors");
    }
}
