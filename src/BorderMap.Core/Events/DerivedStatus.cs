namespace BorderMap.Core.Events;

/// <summary>
/// An event's status from its claims, unless a researcher overrides it with a reason:
/// <b>disputed</b> when any attribute contradicts; <b>corroborated</b> when at least two
/// independent sources agree and none contradicts; <b>reported</b> otherwise.
/// </summary>
public static class DerivedStatus
{
    public const string Reported = "reported";
    public const string Corroborated = "corroborated";
    public const string Disputed = "disputed";

    /// <param name="sourceOf">the source of each compared claim, by claim id.</param>
    public static (string Status, string Reason) Derive(IReadOnlyList<AttributeComparison> attributes, IndependenceResult independence, IReadOnlyDictionary<string, string> sourceOf)
    {
        if (attributes.FirstOrDefault(a => a.Agreement == Agreement.Contradict) is { } contradicted)
        {
            return (Disputed, $"the claims contradict on {contradicted.Attribute}");
        }

        var groupOf = independence.Groups.SelectMany((g, i) => g.SourceIds.Select(s => (s, i))).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var independentAgreement = attributes.SelectMany(a => a.Pairs)
            .Any(p => p.Agreement == Agreement.Agree && groupOf[sourceOf[p.ClaimA]] != groupOf[sourceOf[p.ClaimB]]);
        if (independentAgreement)
        {
            return (Corroborated, $"{independence.Independent} independent sources agree and none contradicts");
        }

        return (Reported, independence.Independent < 2 ? $"{independence.Summary}: fewer than two independent sources" : "no attribute on which the sources agree");
    }
}
