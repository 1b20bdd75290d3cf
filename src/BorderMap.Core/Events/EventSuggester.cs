namespace BorderMap.Core.Events;

/// <summary>One event a claim may belong to, with its score (0 to 1) and the reasons in words.</summary>
public sealed record EventSuggestion(string EventId, string Title, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Ranks the events a claim may belong to. Each event is scored by its closest claim on five
/// signals: place within the precision radius, overlapping dates, the same category, compatible
/// numbers and text similarity; contradicting numbers or dates count against it. The weights were
/// set on the development half of the constructed labelled set (see the suggestion tests); the
/// other half was kept unseen and is measured separately.
/// </summary>
public static class EventSuggester
{
    /// <summary>Events scoring below this are not suggested.</summary>
    public const double Threshold = 0.55;

    public const int MaxSuggestions = 5;

    /// <summary>Dates this many days apart are close, not contradicting, for a suggestion.</summary>
    public const int CloseDays = 2;

    public static IReadOnlyList<EventSuggestion> Suggest(EventMember claim, IEnumerable<(string Id, string Title, IReadOnlyList<EventMember> Members)> events) =>
        [.. events
            .Where(e => e.Members.Count > 0 && e.Members.All(m => m.Claim.Id != claim.Claim.Id))
            .Select(e =>
            {
                var (score, reasons) = e.Members.Select(m => Score(claim, m)).MaxBy(s => s.Score);
                return new EventSuggestion(e.Id, e.Title, Math.Round(score, 3), reasons);
            })
            .Where(s => s.Score >= Threshold)
            .OrderByDescending(s => s.Score).ThenBy(s => s.EventId, StringComparer.Ordinal)
            .Take(MaxSuggestions)];

    /// <summary>How well a claim matches one claim of an event, and why.</summary>
    public static (double Score, IReadOnlyList<string> Reasons) Score(EventMember claim, EventMember member)
    {
        var reasons = new List<string>();
        var score = 0.0;
        var place = PlaceRules.Compare(claim.Claim.Geometry, claim.Data.GeoPrecision, member.Claim.Geometry, member.Data.GeoPrecision, claim.Data.Place, member.Data.Place);
        score += Weigh(place, 0.25, -0.1, "place", reasons);
        score += Dates(claim.Span, member.Span, reasons);
        score += Category(claim.Data.Category, member.Data.Category, reasons);
        score += Weigh(NumberRules.Compare(claim.Quantities, member.Quantities), 0.15, -0.2, "numbers", reasons);
        var text = TextSimilarity.Words(claim.Words, member.Words);
        if (text > 0.05)
        {
            score += Math.Min(0.25, text);
            reasons.Add($"text: {text:P0} of content words shared");
        }

        return (Math.Clamp(score, 0, 1), reasons);
    }

    /// <summary>Follow-up reports date a happening a day or two on ("the call-up began on Tuesday"): close dates still count for a little.</summary>
    private static double Dates((DateOnly First, DateOnly Last) a, (DateOnly First, DateOnly Last) b, List<string> reasons)
    {
        var verdict = DateRules.Compare(a, b);
        var gap = Math.Max(a.First.DayNumber - b.Last.DayNumber, b.First.DayNumber - a.Last.DayNumber);
        if (verdict.Agreement == Agreement.Contradict && gap <= CloseDays)
        {
            reasons.Add($"dates: {gap} day{(gap == 1 ? string.Empty : "s")} apart");
            return 0.1;
        }

        return Weigh(verdict, 0.3, -0.3, "dates", reasons);
    }

    /// <summary>For a suggestion, another category is a reason against, though not a contradiction within an event.</summary>
    private static double Category(string a, string b, List<string> reasons)
    {
        reasons.Add(a == b ? $"category: both {a}" : $"category: {a}, not {b}");
        return a == b ? 0.15 : -0.15;
    }

    private static double Weigh(PairVerdict verdict, double agree, double contradict, string attribute, List<string> reasons)
    {
        if (verdict.Agreement == Agreement.Unknown)
        {
            return 0;
        }

        reasons.Add($"{attribute}: {verdict.Reason}");
        return verdict.Agreement == Agreement.Agree ? agree : contradict;
    }
}
