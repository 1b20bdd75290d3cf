using System.Text;
using BorderMap.Core.Claims;
using BorderMap.Core.Search;

namespace BorderMap.Core.Queries;

/// <summary>
/// The text a claim is found by: its title, place, actors, quote, translation and note, folded
/// with <see cref="NameFolding"/> (so that Badakhshan, Badachschan and Бадахшан meet) and reduced
/// to words of letters and digits separated by single spaces. A search matches a claim when every
/// one of its terms, folded the same way, occurs inside the key: "badak" finds Badakhshan, and
/// "taliban kunduz" needs both. Stores keep the key beside each claim, derived when the claim is
/// written, and index it (PostgreSQL <c>pg_trgm</c>, SQLite FTS5 trigrams); because terms hold only
/// letters and digits, they never carry a LIKE or MATCH operator into the query.
/// <para>
/// The key holds each word once, in the order of first use, and no word that another of its words
/// contains: a term has no space, so it occurs inside the key exactly when it occurs inside one of
/// its words, and a repeated word (a place named in the title, the quote and the note) or one inside
/// another ("tajik" beside "tajikistan", "a" beside "afgan") only lengthens what the index reads,
/// each word its own padded trigrams. At 100,000 synthetic claims the repeats cut the key from 557
/// to 400 characters and the trigram index's build by 15 %; the words inside others, 400 to 363
/// characters and 272 to 262 trigrams a claim (bench/RESULTS.md).
/// </para>
/// </summary>
public static class ClaimSearchKey
{
    /// <summary>The claim's key: the words of its texts, each once and none inside another; folded piece by piece between spaces (<see cref="FoldedPieces"/>), which gives the words of the whole text.</summary>
    public static string Of(ClaimData data)
    {
        var key = new DistinctWordWriter();
        AddWords(ref key, data.Title);
        AddWords(ref key, data.Place);
        foreach (var actor in data.Actors)
        {
            AddWords(ref key, actor);
        }

        AddWords(ref key, data.Quote.Text);
        AddWords(ref key, data.Translation);
        AddWords(ref key, data.Note);
        return key.Finish();
    }

    /// <summary>The words of each piece of <paramref name="text"/> between spaces.</summary>
    private static void AddWords(ref DistinctWordWriter key, string? text)
    {
        var pieces = text.AsSpan();
        foreach (var range in pieces.Split(' '))
        {
            if (!pieces[range].IsEmpty)
            {
                key.AddEach(FoldedPieces.Of(pieces[range]));
            }
        }
    }

    /// <summary>The distinct terms of a search text, longest first (the most selective one first helps an index).</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        [.. DistinctWords(Words(text)).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)];

    public static bool Matches(string key, IReadOnlyList<string> terms) => terms.All(term => key.Contains(term, StringComparison.Ordinal));

    /// <summary>The words of a text reduced by <see cref="Words"/>, each once, in the order of first use.</summary>
    private static IEnumerable<string> DistinctWords(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);

    /// <summary>The folded text's words (runs of letters and digits), separated by single spaces.</summary>
    internal static string Words(string text)
    {
        var folded = NameFolding.Fold(text);
        var words = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var keep = char.IsLetterOrDigit(c);
            if (keep)
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }
        }

        return words.ToString().TrimEnd();
    }
}
