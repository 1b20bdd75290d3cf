using BorderMap.Core.Areas;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Search;

/// <summary>
/// Finds regions and rivers by name in any of their spellings and languages (claims are found by
/// the store's text search, places by the geocoder; both grow, the boundaries do not). Names are
/// folded once with <see cref="NameFolding"/>; a query scores 1 for a whole-name match, 0.8 for a
/// prefix, 0.6 for words starting inside a longer name and 0.4 for one typo (edit distance 1, or 2 for
/// names of eight letters or more). Immutable and thread-safe once built.
/// </summary>
public sealed class NameSearch
{
    private readonly List<Entry> _entries = [];

    public NameSearch(AreaCatalog areas)
    {
        foreach (var area in areas.All)
        {
            var kind = area.Kind == AreaKind.River ? "river" : "region";
            Add(kind, area.Id, area.Name, area.Geometry, [area.Name, area.Id, area.LocalName, .. area.Names.Values]);
        }
    }

    public IReadOnlyList<SearchHit> Find(string query, int limit = 20)
    {
        var key = NameFolding.Fold(query);
        if (key.Length == 0)
        {
            return [];
        }

        return [.. _entries
            .Select(e => (Entry: e, Match: e.Variants.Select(v => (Variant: v, Score: Score(key, v.Key))).MaxBy(m => m.Score + Spelling(query, m.Variant.Text))))
            .Where(m => m.Match.Score > 0)
            .GroupBy(m => (m.Entry.Kind, m.Entry.Id))
            .Select(g => g.MaxBy(m => m.Match.Score))
            .OrderByDescending(m => m.Match.Score).ThenBy(m => KindRank(m.Entry.Kind)).ThenBy(m => m.Entry.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => new SearchHit(m.Entry.Kind, m.Entry.Id, m.Entry.Name, m.Match.Variant.Text, m.Match.Score, m.Entry.Extent))];
    }

    /// <summary>How well <paramref name="name"/> matches the query, on the same scale as <see cref="Find"/> (0: not at all), so that other hits rank among the names.</summary>
    public static double ScoreName(string query, string name) => Score(NameFolding.Fold(query), NameFolding.Fold(name));

    private void Add(string kind, string id, string name, Geometry geometry, IEnumerable<string?> names)
    {
        var variants = names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => new Variant(n!, NameFolding.Fold(n!)))
            .Distinct()
            .ToArray();
        var envelope = geometry.EnvelopeInternal;
        _entries.Add(new Entry(kind, id, name, variants, [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY]));
    }

    // Among variants that fold alike, report the one spelled as typed ("Badachschan", not "Badakhshan").
    private static double Spelling(string query, string variant) =>
        string.Equals(query.Trim(), variant, StringComparison.OrdinalIgnoreCase) ? 0.001 : 0;

    private static double Score(string query, string name)
    {
        if (name == query)
        {
            return 1;
        }

        if (name.StartsWith(query, StringComparison.Ordinal))
        {
            return 0.8;
        }

        if (query.Length >= 3 && (" " + name).Contains(" " + query, StringComparison.Ordinal))
        {
            return 0.6;
        }

        var allowed = query.Length >= 8 ? 2 : query.Length >= 4 ? 1 : 0;
        return allowed > 0 && name.Split(' ').Append(name).Any(word => EditDistance.AtMost(query, word, allowed)) ? 0.4 : 0;
    }

    // Regions before rivers: a province and a river of the same name rarely tie, but when they do the province is what was meant.
    private static int KindRank(string kind) => kind == "region" ? 0 : 1;

    private sealed record Variant(string Text, string Key);

    private sealed record Entry(string Kind, string Id, string Name, Variant[] Variants, double[] Extent);
}
