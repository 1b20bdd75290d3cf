namespace BorderMap.Storage;

/// <summary>
/// How a count that reads claims one by one (a filter the pre-counted tables cannot answer) stops:
/// exact, unless its statement runs past <see cref="Budget"/>, when the backend gives up and answers
/// null; or at <see cref="Cap"/> and one more claim, past which its counts are lower bounds.
/// </summary>
internal readonly record struct CountLimit
{
    private CountLimit(int? cap, TimeSpan budget)
    {
        Cap = cap;
        Budget = budget;
    }

    /// <summary>The most claims counted before the counts become lower bounds; null: every matching claim.</summary>
    public int? Cap { get; }

    /// <summary>How long an exact count may run before it is abandoned; only without a cap.</summary>
    public TimeSpan Budget { get; }

    public static CountLimit Exact(TimeSpan budget) => new(null, budget);

    public static CountLimit Capped(int cap) => new(cap, TimeSpan.Zero);

    /// <summary>The SQL that stops a read of matching claims at the cap and one more, so that passing it shows; empty for an exact count.</summary>
    public string Sql => Cap is { } cap ? $"LIMIT {(cap + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty;

    /// <summary>Whether <paramref name="counted"/> claims read under this limit are a lower bound: more matched than the cap.</summary>
    public bool Bounds(int counted) => counted > Cap;
}
