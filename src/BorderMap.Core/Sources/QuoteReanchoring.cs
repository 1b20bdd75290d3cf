using System.Text.RegularExpressions;
using BorderMap.Core.Claims;
using BorderMap.Core.Search;

namespace BorderMap.Core.Sources;

/// <summary>How a quote on an old version of a source was found in its new version.</summary>
public enum AnchorStatus
{
    /// <summary>The same text at the same offsets.</summary>
    Exact,

    /// <summary>The same text elsewhere (the occurrence nearest the old offsets).</summary>
    Moved,

    /// <summary>A close but not equal text; it waits for a researcher to accept or reject it.</summary>
    Fuzzy,

    /// <summary>Nothing close enough.</summary>
    Orphaned,
}

/// <summary>Where a quote lands in a new version of its source: the status, the quote there (none when orphaned), and how alike the two texts are (1 is equal).</summary>
public sealed record AnchorMatch(AnchorStatus Status, Quote? Quote, double Similarity);

/// <summary>
/// Finds a quote of an old source version in the new version's text. Exact and moved matches are
/// found by ordinal search. Otherwise the new text is scanned for the run of words with the most
/// words in common with the quote, a few runs are refined by shifting their ends, and the best by
/// character edit distance is proposed as fuzzy when it is at least <see cref="FuzzyThreshold"/>
/// alike; else the quote is orphaned. Offsets are code points, as every quote's are.
/// </summary>
public static partial class QuoteReanchoring
{
    /// <summary>The least similarity (1 − edit distance / longer length) a fuzzy proposal needs.</summary>
    public const double FuzzyThreshold = 0.7;

    private const int CandidateRuns = 3;

    public static AnchorMatch Find(Quote old, string newText)
    {
        if (old.Text.Length == 0)
        {
            return new AnchorMatch(AnchorStatus.Orphaned, null, 0);
        }

        if (CodePointText.Slice(newText, old.Start, old.End) == old.Text)
        {
            return new AnchorMatch(AnchorStatus.Exact, old, 1);
        }

        var moved = Occurrences(newText, old.Text).Select(i => CodePointText.Length(newText[..i])).OrderBy(start => Math.Abs(start - old.Start)).ToList();
        if (moved.Count > 0)
        {
            return new AnchorMatch(AnchorStatus.Moved, old with { Start = moved[0], End = moved[0] + CodePointText.Length(old.Text) }, 1);
        }

        var (index, length, similarity) = ClosestRun(old, newText);
        if (similarity < FuzzyThreshold)
        {
            return new AnchorMatch(AnchorStatus.Orphaned, null, Math.Round(similarity, 3));
        }

        var text = newText.Substring(index, length);
        var start = CodePointText.Length(newText[..index]);
        return new AnchorMatch(AnchorStatus.Fuzzy, new Quote(text, start, start + CodePointText.Length(text)), Math.Round(similarity, 3));
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    /// <summary>The span of the new text (UTF-16 index and length) most like the quote, and how alike.</summary>
    private static (int Index, int Length, double Similarity) ClosestRun(Quote old, string newText)
    {
        var words = Word().Matches(newText).Select(m => (m.Index, m.Length)).ToArray();
        var quoteWords = Word().Matches(old.Text).Select(m => m.Value).ToArray();
        if (words.Length == 0 || quoteWords.Length == 0)
        {
            return (0, 0, 0);
        }

        var k = Math.Min(quoteWords.Length, words.Length);
        var starts = Enumerable.Range(0, words.Length - k + 1)
            .Select(i => (Start: i, Shared: Shared(quoteWords, words.AsSpan(i, k), newText)))
            .OrderByDescending(r => r.Shared)
            .ThenBy(r => Math.Abs(words[r.Start].Index - old.Start))
            .Take(CandidateRuns)
            .Select(r => r.Start);

        var best = (Index: 0, Length: 0, Similarity: 0.0);
        var slack = (k / 4) + 1;
        foreach (var start in starts)
        {
            for (var first = Math.Max(0, start - slack); first <= Math.Min(words.Length - 1, start + slack); first++)
            {
                for (var last = Math.Max(first, first + k - 1 - slack); last <= Math.Min(words.Length - 1, first + k - 1 + slack); last++)
                {
                    var index = words[first].Index;
                    var length = words[last].Index + words[last].Length - index;
                    var candidate = newText.Substring(index, length);
                    var similarity = 1 - ((double)EditDistance.Of(candidate, old.Text) / Math.Max(candidate.Length, old.Text.Length));
                    if (similarity > best.Similarity)
                    {
                        best = (index, length, similarity);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>How many of the quote's words the run holds, each counted as often as the quote has it.</summary>
    private static int Shared(string[] quoteWords, ReadOnlySpan<(int Index, int Length)> run, string text)
    {
        var left = quoteWords.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var (index, length) in run)
        {
            var word = text.Substring(index, length);
            if (left.TryGetValue(word, out var count) && count > 0)
            {
                left[word] = count - 1;
                shared++;
            }
        }

        return shared;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
