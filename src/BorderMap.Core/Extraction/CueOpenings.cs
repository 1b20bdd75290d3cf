namespace BorderMap.Core.Extraction;

/// <summary>
/// Which cues of a long list can occur in a sentence, told by their first two letters (a separable verb's by its stem's): a sentence
/// holds the openings of a few dozen of some 1,500 cues, so only those are looked for one by one. Searching the sentence for every
/// cue took most of the time of suggesting a category.
/// </summary>
internal sealed class CueOpenings
{
    private readonly Dictionary<int, List<int>> _byOpening = [];

    private readonly List<int> _shorter = [];

    private readonly int _count;

    /// <param name="cues">The cues; a cue's number is its place in this list.</param>
    public CueOpenings(IReadOnlyList<string> cues)
    {
        _count = cues.Count;
        for (var id = 0; id < cues.Count; id++)
        {
            var stem = cues[id].Split('…')[0];
            if (stem.Length < 2)
            {
                _shorter.Add(id);
            }
            else if (_byOpening.TryGetValue(Opening(stem[0], stem[1]), out var ids))
            {
                ids.Add(id);
            }
            else
            {
                _byOpening[Opening(stem[0], stem[1])] = [id];
            }
        }
    }

    /// <summary>By each cue's number, whether its first two letters occur anywhere in <paramref name="lower"/>.</summary>
    public bool[] In(string lower)
    {
        var candidates = new bool[_count];
        foreach (var id in _shorter)
        {
            candidates[id] = true;
        }

        for (var at = 0; at + 1 < lower.Length; at++)
        {
            if (_byOpening.TryGetValue(Opening(lower[at], lower[at + 1]), out var ids))
            {
                foreach (var id in ids)
                {
                    candidates[id] = true;
                }
            }
        }

        return candidates;
    }

    private static int Opening(char first, char second) => (first << 16) | second;
}
