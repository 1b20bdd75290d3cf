namespace BorderMap.Core.Events;

/// <summary>
/// Whether two reported numbers of the same quantity agree: they agree when some value satisfies
/// both statements ("more than 1,000" and 1,037), contradict when none does (1,037 and "up to 500").
/// A running total is a different quantity from one occurrence ("nearly 1,600 in all" beside 1,037
/// in one crossing): unknown, never a contradiction.
/// </summary>
public static class NumberRules
{
    public static PairVerdict Compare(QuantityStatement a, QuantityStatement b)
    {
        if (a.Key != b.Key)
        {
            return PairVerdict.Unknown($"{a.Key} and {b.Key} count different things");
        }

        if (a.Cumulative != b.Cumulative)
        {
            return PairVerdict.Unknown($"{Describe(a)} and {Describe(b)}: a running total is a different quantity from one occurrence");
        }

        return a.Overlaps(b)
            ? PairVerdict.Agree($"{Describe(a)} is compatible with {Describe(b)}")
            : PairVerdict.Contradict($"{Describe(a)} cannot be {Describe(b)}");
    }

    /// <summary>Compares the statements of two claims key by key: any contradiction wins, then any agreement.</summary>
    public static PairVerdict Compare(IReadOnlyList<QuantityStatement> a, IReadOnlyList<QuantityStatement> b)
    {
        var verdicts = a.SelectMany(x => b.Where(y => y.Key == x.Key).Select(y => Compare(x, y))).ToList();
        return verdicts.FirstOrDefault(v => v.Agreement == Agreement.Contradict)
            ?? verdicts.FirstOrDefault(v => v.Agreement == Agreement.Agree)
            ?? verdicts.FirstOrDefault()
            ?? PairVerdict.Unknown("no number of the same kind in both");
    }

    private static string Describe(QuantityStatement s) => $"{s.Key} {s.Describe()}";
}
