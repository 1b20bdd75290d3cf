using BorderMap.Core.Geocoding;

namespace BorderMap.Bench.Geocoding;

/// <summary>
/// The peer: what a geoparser without spelling tolerance does. Every gazetteer name, lower-cased,
/// goes into one dictionary (the most populous place wins a shared name); a query is looked up as
/// written, and a text is scanned for runs of up to four whitespace-separated words found there.
/// It has no folding, no transliteration, no typo tolerance and no context, so it is as fast as a
/// lookup gets, and it shows what those rules cost and what they buy.
/// </summary>
internal sealed class ExactMatchPeer
{
    private const int MaxWords = 4;
    private static readonly char[] Trim = ['.', ',', ';', ':', '!', '?', '“', '”', '"', '(', ')', '«', '»', '’', '\''];
    private readonly Dictionary<string, Place> _byName = new(StringComparer.Ordinal);

    public ExactMatchPeer(Gazetteer gazetteer)
    {
        foreach (var place in gazetteer.Places.OrderBy(p => p.Population))
        {
            foreach (var name in place.AllNames)
            {
                _byName[name.Text.ToLowerInvariant()] = place;
            }
        }
    }

    public Place? Geocode(string query) => _byName.GetValueOrDefault(query.Trim().ToLowerInvariant());

    /// <summary>The place names found in a text, longest first at each word.</summary>
    public List<(string Text, Place Place)> Scan(string text)
    {
        var words = text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Trim)).ToArray();
        var found = new List<(string, Place)>();
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(MaxWords, words.Length - i); n >= 1; n--)
            {
                var candidate = string.Join(' ', words, i, n);
                if (candidate.Length > 0 && char.IsUpper(candidate[0]) && _byName.TryGetValue(candidate.ToLowerInvariant(), out var place))
                {
                    found.Add((candidate, place));
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }
}
