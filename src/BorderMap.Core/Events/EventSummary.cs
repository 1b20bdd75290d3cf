using BorderMap.Core.Claims;

namespace BorderMap.Core.Events;

/// <summary>A number across an event's claims, as UCDP gives deaths: the lowest and highest the claims allow, and a best estimate.</summary>
public sealed record NumberRange(string Key, bool Cumulative, double Low, double Best, double High, int Claims);

/// <summary>
/// What an event derives from its claims: its time span, its place (the claim placed most
/// precisely), its category (the most common), its sources, its numbers as low / best / high, the
/// per-attribute agreement, source independence and the derived status.
/// </summary>
public sealed record EventSummary(
    string? First,
    string? Last,
    string? Place,
    int? GeoPrecision,
    string? PlaceClaim,
    string? Category,
    IReadOnlyList<string> Sources,
    IReadOnlyList<NumberRange> Numbers,
    IReadOnlyList<AttributeComparison> Attributes,
    IndependenceResult Independence,
    string DerivedStatus,
    string DerivedReason)
{
    public static EventSummary Of(IReadOnlyList<EventMember> members)
    {
        var attributes = EventComparison.Compare(members);
        var independence = SourceIndependence.Group([.. members.Select(m => m.Sourced)]);
        var sourceOf = members.ToDictionary(m => m.Claim.Id, m => m.Data.Source, StringComparer.Ordinal);
        var (status, reason) = Events.DerivedStatus.Derive(attributes, independence, sourceOf);
        var spans = members.Select(m => m.Span).ToList();
        var placed = members.OrderBy(m => m.Data.GeoPrecision).ThenBy(m => m.Claim.Id, StringComparer.Ordinal).FirstOrDefault();
        var category = members.GroupBy(m => m.Data.Category, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return new EventSummary(
            spans.Count == 0 ? null : IsoDate.Format(spans.Min(s => s.First)),
            spans.Count == 0 ? null : IsoDate.Format(spans.Max(s => s.Last)),
            placed?.Data.Place,
            placed?.Data.GeoPrecision,
            placed?.Claim.Id,
            category,
            [.. members.Select(m => m.Data.Source).Distinct(StringComparer.Ordinal)],
            Ranges(members),
            attributes,
            independence,
            status,
            reason);
    }

    /// <summary>
    /// Per quantity (key, and total or single): low and high are the smallest and largest figure
    /// stated, best the median of the exact figures, else of all figures (a hedged "more than 1,000"
    /// is less of an estimate than 1,037).
    /// </summary>
    private static List<NumberRange> Ranges(IReadOnlyList<EventMember> members) =>
        [.. members.SelectMany(m => m.Quantities)
            .GroupBy(q => (q.Key, q.Cumulative))
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Cumulative)
            .Select(g =>
            {
                var exact = g.Where(q => q.Qualifier == NumberQualifier.Exact).Select(q => q.Value).ToList();
                var best = Median(exact.Count > 0 ? exact : [.. g.Select(q => q.Value)]);
                return new NumberRange(g.Key.Key, g.Key.Cumulative, g.Min(q => q.Value), best, g.Max(q => q.Value), g.Count());
            })];

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}

/// <summary>An event: its own title and note, its claims, and a researcher's status override with its reason.</summary>
public sealed record ClaimEvent(
    string Id,
    string Title,
    string? Note,
    IReadOnlyList<string> ClaimIds,
    string? StatusOverride,
    string? OverrideReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>An event holds at most this many claims, so that its comparison stays bounded.</summary>
    public const int MaxClaims = 200;

    /// <summary>The status shown: the override when there is one, else the derived status.</summary>
    public string StatusFrom(EventSummary summary) => StatusOverride ?? summary.DerivedStatus;

    public static IReadOnlyList<string> Statuses => ClaimVocabulary.Statuses;
}
