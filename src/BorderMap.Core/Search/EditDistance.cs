namespace BorderMap.Core.Search;

/// <summary>Levenshtein distance for short strings (names), with a length shortcut for a bound.</summary>
public static class EditDistance
{
    public static bool AtMost(string a, string b, int k) => Math.Abs(a.Length - b.Length) <= k && Of(a, b) <= k;

    public static int Of(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
