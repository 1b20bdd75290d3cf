namespace BorderMap.Core.Extraction;

/// <summary>
/// Which cues of a long list can occur in a sentence, told by their first two letters (a separable verb's by its stem's): a sentence
/// holds the openings of a few dozen of some 1,500 cues, so only those are looked for one by one. Searching the sentence for every
/// cue took most of the time of suggesting a category.
/// </summary>
internal sealed class CueOpenings
{
    // Each opening's number in Groups: a sentence repeats its common openings ("де", "ال"), whose cues are taken once.
    private readonly Dictionary<int, int> _groupOf = [];

    // The cues of each opening, by number, in the list's order.
    private readonly List<List<int>> _groups = [];

    private readonly List<int> _shorter = [];

    /// <param name="cues">The cues; a cue's number is its place in this list.</param>
    public CueOpenings(IReadOnlyList<string> cues)
    {
        for (var id = 0; id < cues.Count; id++)
        {
            var stem = cues[id].Split('…')[0];
            if (stem.Length < 2)
            {
                _shorter.Add(id);
            }
            else if (_groupOf.TryGetValue(Opening(stem[0], stem[1]), out var group))
            {
                _groups[group].Add(id);
            }
            else
            {
                _groupOf[Opening(stem[0], stem[1])] = _groups.Count;
                _groups.Add([id]);
            }
        }
    }

    /// <summary>
    /// The numbers of the cues whose first two letters occur anywhere in <paramref name="lower"/>, in ascending order: a few dozen, read
    /// in place of a flag for every cue of the list (see <see cref="InRange"/>).
    /// </summary>
    public int[] In(string lower)
    {
        Span<bool> seen = _groups.Count <= MaxGroupsOnStack ? stackalloc bool[_groups.Count] : new bool[_groups.Count];
        var candidates = new List<int>(_shorter);
        for (var at = 0; at + 1 < lower.Length; at++)
        {
            if (_groupOf.TryGetValue(Opening(lower[at], lower[at + 1]), out var group) && !seen[group])
            {
                seen[group] = true;
                candidates.AddRange(_groups[group]);
            }
        }

        candidates.Sort();
        return [.. candidates];
    }

    /// <summary>The part of <paramref name="candidates"/> (as <see cref="In"/> gives them) numbered from <paramref name="offset"/> to before <paramref name="offset"/> + <paramref name="count"/>.</summary>
    public static ReadOnlySpan<int> InRange(int[] candidates, int offset, int count)
    {
        var from = Array.BinarySearch(candidates, offset);
        var to = Array.BinarySearch(candidates, offset + count);
        from = from < 0 ? ~from : from;
        to = to < 0 ? ~to : to;
        return candidates.AsSpan(from, to - from);
    }

    private const int MaxGroupsOnStack = 4096;

    private static int Opening(char first, char second) => (first << 16) | second;
}
