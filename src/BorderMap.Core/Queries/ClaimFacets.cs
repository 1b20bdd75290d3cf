namespace BorderMap.Core.Queries;

/// <summary>
/// How many claims meet a filter, broken down the ways the filter panel, the legend and the
/// choropleth show them. Each list is ordered by count, most first, then by value (ordinal).
/// </summary>
/// <param name="Total">Claims that meet the filter.</param>
/// <param name="Categories">Claims per category.</param>
/// <param name="Statuses">Claims per status.</param>
/// <param name="Precisions">Claims per geo-precision, "1" to "4".</param>
/// <param name="Actors">Claims naming each actor, as written; at most <see cref="MaxActors"/> actors, the most named.</param>
/// <param name="Regions">Claims per area id (see <see cref="ClaimAreas"/>): a claim counts in every area it belongs to.</param>
/// <param name="AtLeast">
/// True when the store counted only the first claims it found (<see cref="CountCap"/> and one more)
/// because more match and the exact count ran past its budget (<see cref="CountBudget"/>, or
/// <see cref="CountExactBudget"/> when asked for exactly) or could not fit it: every count is then a
/// lower bound, not the exact figure.
/// </param>
public sealed record ClaimFacets(
    int Total,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Precisions,
    IReadOnlyList<FacetCount> Actors,
    IReadOnlyList<FacetCount> Regions,
    bool AtLeast = false)
{
    public const int MaxActors = 200;

    /// <summary>
    /// The most claims a count reads one by one (a filter the pre-counted tables cannot answer: a
    /// box, a word, an actor, a source, a reliability). Past it, counts are lower bounds: a word
    /// found in a tenth of a million claims would otherwise cost seconds of reading per request.
    /// </summary>
    public const int CountCap = 1_000;

    /// <summary>
    /// How long a count that reads claims one by one may take to be exact before the store falls back
    /// to the cap: enough for every count of a store of tens of thousands of claims, short enough that
    /// a common word among a million adds little to the bounded answer.
    /// </summary>
    public static readonly TimeSpan CountBudget = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a count asked for exactly (a user who sees "1,001+" and asks for the figure) may run
    /// before the store gives up and answers the lower bound after all: long enough for a box or word
    /// of tens of thousands of claims among a million, bounded so that a request still ends.
    /// </summary>
    public static readonly TimeSpan CountExactBudget = TimeSpan.FromSeconds(5);

    /// <summary>Orders counts as every facet list is ordered, and keeps the first <paramref name="limit"/>.</summary>
    public static IReadOnlyList<FacetCount> Ordered(IEnumerable<FacetCount> counts, int limit = int.MaxValue) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(limit)];
}

/// <summary>How many claims have one value.</summary>
public sealed record FacetCount(string Value, int Count);
