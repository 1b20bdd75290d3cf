using System.Text.RegularExpressions;

namespace BorderMap.Core.Events;

/// <summary>What independence needs of one claim: its source, that source's publisher and its words.</summary>
public sealed record SourcedText(string ClaimId, string SourceId, string Publisher, string Text);

/// <summary>The sources of an event in groups that copy one another, each group with why it was joined.</summary>
public sealed record IndependenceResult(int Sources, IReadOnlyList<SourceGroup> Groups)
{
    /// <summary>A happening this few independent sources report (or fewer) is single-source: no second source stands by it.</summary>
    public const int SingleSourceAtMost = 1;

    public int Independent => Groups.Count;

    /// <summary>Whether one independent source at most reports the happening: one source, or sources that copy one another.</summary>
    public bool SingleSource => Independent <= SingleSourceAtMost;

    public string Summary => $"{Sources} source{(Sources == 1 ? string.Empty : "s")}, {Independent} independent";
}

public sealed record SourceGroup(IReadOnlyList<string> SourceIds, IReadOnlyList<string> Reasons);

/// <summary>
/// Sources that copy one another count once. Two sources are joined when one publisher issued both,
/// when their words are near duplicates (word trigram overlap), or when both cite the same wire
/// service or statement ("told the news agency TASS", "according to Reuters"). Joining is
/// transitive: a chain of copies is one group.
/// </summary>
public static partial class SourceIndependence
{
    /// <summary>Share of word trigrams two texts must have in common to count as one text copied.</summary>
    public const double NearDuplicate = 0.5;

    private static readonly string[] Wires =
    [
        "reuters", "afp", "agence france-presse", "associated press", "ap", "tass", "ria novosti", "interfax", "ians", "upi", "xinhua",
        "dpa", "anadolu", "sputnik", "ani", "pajhwok", "tolonews", "asia-plus", "khovar", "efe", "ansa", "kyodo",
    ];

    public static IndependenceResult Group(IReadOnlyList<SourcedText> texts)
    {
        var sources = texts.Select(t => t.SourceId).Distinct(StringComparer.Ordinal).ToList();
        var parent = sources.ToDictionary(s => s, s => s, StringComparer.Ordinal);
        var reasons = new List<(string A, string B, string Reason)>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                if (texts[i].SourceId != texts[j].SourceId && Copies(texts[i], texts[j]) is { } reason)
                {
                    reasons.Add((texts[i].SourceId, texts[j].SourceId, reason));
                    parent[Find(parent, texts[i].SourceId)] = Find(parent, texts[j].SourceId);
                }
            }
        }

        var groups = sources.GroupBy(s => Find(parent, s), StringComparer.Ordinal)
            .Select(g => new SourceGroup(
                [.. g],
                [.. reasons.Where(r => g.Contains(r.A, StringComparer.Ordinal)).Select(r => r.Reason).Distinct(StringComparer.Ordinal)]))
            .ToList();
        return new IndependenceResult(sources.Count, groups);
    }

    /// <summary>Why two sources' claims are not independent, or null when nothing says so.</summary>
    public static string? Copies(SourcedText a, SourcedText b)
    {
        if (a.Publisher.Length > 0 && string.Equals(a.Publisher, b.Publisher, StringComparison.OrdinalIgnoreCase))
        {
            return $"both published by {a.Publisher}";
        }

        var similarity = TextSimilarity.Trigrams(a.Text, b.Text);
        if (similarity >= NearDuplicate)
        {
            return $"near-duplicate texts ({similarity:P0} of word trigrams shared)";
        }

        var cited = Cited(a.Text).Intersect(Cited(b.Text), StringComparer.Ordinal).FirstOrDefault();
        return cited is null ? null : $"both cite {cited}";
    }

    /// <summary>The wire services and statements a text attributes its information to, lower case.</summary>
    public static IReadOnlyList<string> Cited(string text)
    {
        var lower = text.ToLowerInvariant();
        var wires = Wires.Where(w => Regex.IsMatch(lower, $@"\b{Regex.Escape(w)}\b", RegexOptions.CultureInvariant));
        var statements = Attribution().Matches(text).Select(m => m.Groups["who"].Value.Trim().ToLowerInvariant());
        return [.. wires.Concat(statements).Distinct(StringComparer.Ordinal)];
    }

    private static string Find(Dictionary<string, string> parent, string s)
    {
        while (parent[s] != s)
        {
            s = parent[s] = parent[parent[s]];
        }

        return s;
    }

    /// <summary>"according to the Tajik border service", "a statement by the Kremlin", "told the news agency TASS".</summary>
    [GeneratedRegex(@"(?:according to|a statement (?:by|from)|told the news agency|citing|quoted by)\s+(?:the\s+)?(?<who>(?:[A-Z][\w'’\-]*\s?){1,5})")]
    private static partial Regex Attribution();
}
