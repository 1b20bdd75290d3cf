using System.Text.Json;
using BorderMap.Core.Events;

namespace BorderMap.Core.Tests.Events;

/// <summary>
/// Precision and recall of <see cref="EventSuggester"/> on the constructed labelled set
/// (<c>suggestion-set.json</c>), one split at a time. Each claim is taken out in turn and offered
/// to the events the rest of its split forms (leave one out); the top suggestion is counted right
/// when it is the claim's labelled event. Precision: right top suggestions among the claims that got
/// one. Recall: right top suggestions among the claims whose event has other claims.
/// </summary>
internal sealed record SuggestionEvaluation(int Claims, int Suggested, int Right, int Expected, IReadOnlyList<string> Mistakes)
{
    public double Precision => Suggested == 0 ? 0 : (double)Right / Suggested;

    public double Recall => Expected == 0 ? 0 : (double)Right / Expected;

    public override string ToString() =>
        $"{Claims} claims: {Suggested} got a suggestion, {Right} right, {Expected} had an event to find; precision {Precision:P0}, recall {Recall:P0}" +
        (Mistakes.Count == 0 ? string.Empty : $"; wrong: {string.Join("; ", Mistakes)}");

    public static SuggestionEvaluation Run(string split)
    {
        var labelled = Load().Where(c => c.Split == split).ToList();
        int suggested = 0, right = 0, expected = 0;
        var mistakes = new List<string>();
        foreach (var claim in labelled)
        {
            var events = labelled.Where(c => c.Event is not null && c.Id != claim.Id)
                .GroupBy(c => c.Event!, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Key, (IReadOnlyList<EventMember>)[.. g.Select(c => c.Member)]));
            var ranked = EventSuggester.Suggest(claim.Member, events);
            var top = ranked.Count > 0 ? ranked[0] : null;
            var findable = claim.Event is not null && labelled.Any(c => c.Event == claim.Event && c.Id != claim.Id);
            expected += findable ? 1 : 0;
            suggested += top is null ? 0 : 1;
            right += top is not null && top.EventId == claim.Event ? 1 : 0;
            if (top?.EventId != (findable ? claim.Event : null))
            {
                mistakes.Add($"{claim.Id} got {top?.EventId ?? "nothing"} ({top?.Score:0.00}: {string.Join(", ", top?.Reasons ?? [])})");
            }
        }

        return new SuggestionEvaluation(labelled.Count, suggested, right, expected, mistakes);
    }

    private static IEnumerable<LabelledClaim> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "suggestion-set.json")));
        return [.. document.RootElement.GetProperty("claims").EnumerateArray().Select(LabelledClaim.Read)];
    }

    private sealed record LabelledClaim(string Split, string? Event, string Id, EventMember Member)
    {
        public static LabelledClaim Read(JsonElement c)
        {
            string? Text(string name) => c.GetProperty(name).ValueKind == JsonValueKind.Null ? null : c.GetProperty(name).GetString();
            var numbers = c.GetProperty("numbers").EnumerateObject().ToDictionary(n => n.Name, n => n.Value.GetDouble(), StringComparer.Ordinal);
            var member = ConstructedClaims.Member(
                Text("id")!, Text("text")!, source: Text("id")!, publisher: Text("publisher")!, numbers: numbers, date: Text("date")!, end: Text("endDate"),
                precision: Text("timePrecision")!, at: ConstructedClaims.Point(c.GetProperty("lon").GetDouble(), c.GetProperty("lat").GetDouble()),
                geoPrecision: c.GetProperty("geoPrecision").GetInt32(), category: Text("category")!, place: Text("place")!);
            return new LabelledClaim(Text("split")!, Text("event"), Text("id")!, member);
        }
    }
}
