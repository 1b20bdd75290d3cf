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
        // The candidates are marked in a set of bits by number and read out in order: asked of every sentence, this costs less than
        // gathering them in a list and sorting it.
        var words = (_count + 63) / 64;
        Span<ulong> marked = words <= MaxGroupsOnStack / 64 ? stackalloc ulong[words] : new ulong[words];
        marked.Clear();
        var count = 0;
        foreach (var id in _shorter)
        {
            count += Mark(marked, id);
        }

        for (var at = 0; at + 1 < lower.Length; at++)
        {
            if (_groupOf.TryGetValue(Opening(lower[at], lower[at + 1]), out var group) && !seen[group])
            {
                seen[group] = true;
                foreach (var id in _groups[group])
                {
                    count += Mark(marked, id);
                }
            }
        }

        var candidates = new int[count];
        var next = 0;
        for (var word = 0; word < marked.Length; word++)
        {
            for (var bits = marked[word]; bits != 0; bits &= bits - 1)
            {
                candidates[next++] = (word * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
            }
        }

        return candidates;
    }

    // Marks a cue's number; 1 if it was not marked yet.
    private static int Mark(Span<ulong> marked, int id)
    {
        var bit = 1UL << (id & 63);
        var was = marked[id >> 6] & bit;
        marked[id >> 6] |= bit;
        return was == 0 ? 1 : 0;
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
