namespace BorderMap.Core.Events;

/// <summary>One pair of an event's claims compared on one attribute.</summary>
public sealed record PairComparison(string ClaimA, string ClaimB, Agreement Agreement, string Reason);

/// <summary>
/// One attribute (dates, places, numbers, actors, category) compared across an event's claims:
/// contradict when any pair contradicts, agree when some pair agrees and none contradicts, else unknown.
/// </summary>
public sealed record AttributeComparison(string Attribute, Agreement Agreement, IReadOnlyList<PairComparison> Pairs)
{
    public static readonly IReadOnlyList<string> Attributes = ["dates", "places", "numbers", "actors", "category"];

    public static AttributeComparison Of(string attribute, IReadOnlyList<PairComparison> pairs) =>
        new(attribute, Overall(pairs.Select(p => p.Agreement)), pairs);

    public static Agreement Overall(IEnumerable<Agreement> verdicts)
    {
        var all = verdicts.ToList();
        return all.Contains(Agreement.Contradict) ? Agreement.Contradict : all.Contains(Agreement.Agree) ? Agreement.Agree : Agreement.Unknown;
    }
}

/// <summary>Compares every pair of an event's claims on every attribute.</summary>
public static class EventComparison
{
    /// <summary>Pairs grow with the square of the claims; an event compares at most this many claims (the first, by the caller's order).</summary>
    public const int MaxComparedClaims = 60;

    public static IReadOnlyList<AttributeComparison> Compare(IReadOnlyList<EventMember> members)
    {
        var compared = members.Take(MaxComparedClaims).ToList();
        var pairs = new Dictionary<string, List<PairComparison>>(StringComparer.Ordinal);
        foreach (var attribute in AttributeComparison.Attributes)
        {
            pairs[attribute] = [];
        }

        for (var i = 0; i < compared.Count; i++)
        {
            for (var j = i + 1; j < compared.Count; j++)
            {
                foreach (var (attribute, verdict) in ComparePair(compared[i], compared[j]))
                {
                    pairs[attribute].Add(new PairComparison(compared[i].Claim.Id, compared[j].Claim.Id, verdict.Agreement, verdict.Reason));
                }
            }
        }

        return [.. AttributeComparison.Attributes.Select(a => AttributeComparison.Of(a, pairs[a]))];
    }

    public static IEnumerable<(string Attribute, PairVerdict Verdict)> ComparePair(EventMember a, EventMember b)
    {
        yield return ("dates", DateRules.Compare(a.Span, b.Span));
        yield return ("places", PlaceRules.Compare(a.Claim.Geometry, a.Data.GeoPrecision, b.Claim.Geometry, b.Data.GeoPrecision, a.Data.Place, b.Data.Place));
        yield return ("numbers", NumberRules.Compare(a.Quantities, b.Quantities));
        yield return ("actors", ActorRules.CompareActors(a.Data.Actors, b.Data.Actors));
        yield return ("category", ActorRules.CompareCategory(a.Data.Category, b.Data.Category));
    }
}
