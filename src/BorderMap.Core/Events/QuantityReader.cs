using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderMap.Core.Events;

/// <summary>
/// Reads how a claim's numbers are hedged from its English translation: the words just before the
/// number ("more than", "around", "nearly", "up to", …) and, for a running total, the words around
/// it ("in all", "a total of", "so far"). A key ending in <c>Total</c> is a running total too.
/// A number not found in the text is taken as stated, exact and single.
/// </summary>
public static partial class QuantityReader
{
    private static readonly (NumberQualifier Qualifier, string[] Words)[] Hedges =
    [
        (NumberQualifier.MoreThan, ["more than", "over", "in excess of", "upwards of", "above"]),
        (NumberQualifier.AtLeast, ["at least", "no fewer than", "no less than", "a minimum of"]),
        (NumberQualifier.About, ["about", "around", "approximately", "roughly", "some", "an estimated", "circa", "an estimate of"]),
        (NumberQualifier.Nearly, ["nearly", "almost", "close to", "just under", "just short of"]),
        (NumberQualifier.UpTo, ["up to", "as many as", "at most", "no more than"]),
    ];

    private static readonly string[] TotalBefore = ["a total of", "in total", "in all", "altogether", "cumulatively", "all told"];

    private static readonly string[] TotalAfter = ["in all", "in total", "altogether", "so far", "all told", "since", "cumulative"];

    public static IReadOnlyList<QuantityStatement> Read(IReadOnlyDictionary<string, double> numbers, string text) =>
        [.. numbers.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => Read(n.Key, n.Value, text))];

    public static QuantityStatement Read(string key, double value, string text)
    {
        var lower = text.ToLowerInvariant();
        var cumulative = key.EndsWith("Total", StringComparison.Ordinal);
        foreach (Match match in Number().Matches(lower))
        {
            if (Parse(match.Value) != value)
            {
                continue;
            }

            var before = lower[Math.Max(0, match.Index - 40)..match.Index].TrimEnd();
            var after = lower[(match.Index + match.Length)..Math.Min(lower.Length, match.Index + match.Length + 40)];
            var qualifier = Hedges.FirstOrDefault(h => h.Words.Any(w => EndsWithWord(before, w))).Qualifier;
            cumulative |= TotalBefore.Any(w => before.Contains(w, StringComparison.Ordinal)) || TotalAfter.Any(w => FirstClause(after).Contains(w, StringComparison.Ordinal));
            return new QuantityStatement(key, value, qualifier, cumulative);
        }

        return new QuantityStatement(key, value, NumberQualifier.Exact, cumulative);
    }

    /// <summary>The hedge must be the words right before the number, not a word that merely ends the same ("cover" is not "over").</summary>
    private static bool EndsWithWord(string before, string words) =>
        before.EndsWith(words, StringComparison.Ordinal) && (before.Length == words.Length || !char.IsLetter(before[before.Length - words.Length - 1]));

    /// <summary>A total is said in the number's own clause; "in all" after the next comma or full stop belongs to something else.</summary>
    private static string FirstClause(string after)
    {
        var end = after.IndexOfAny([',', '.', ';', '–', '(']);
        return end < 0 ? after : after[..end];
    }

    /// <summary>English numbers: digits with comma, space or thin-space thousands separators and an optional decimal part.</summary>
    private static double Parse(string text) =>
        double.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d{1,3}(?:[, \u202F]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
