using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderMap.Core.Measurement;

/// <summary>
/// A stated number read with the qualifier its text puts before it ("more than 900 kilometres",
/// "lebih dari 900 kilometer"), as the range of values the statement allows: exact [v, v], more
/// than or at least [v, ∞), about ±10 %, nearly [0.9 v, v], up to or less than [0, v].
/// </summary>
public sealed partial record StatedValue(double Value, string Qualifier, double Low, double High)
{
    private const double Vagueness = 0.1;

    // Longest phrases first, so "kurang lebih" (about) wins over "lebih" and "at least" over "least".
    private static readonly (string Qualifier, string[] Phrases)[] Qualifiers =
    [
        ("more than", ["more than", "over", "above", "in excess of", "lebih dari", "mehr als", "über", "более", "свыше", "больше"]),
        ("at least", ["at least", "setidaknya", "sedikitnya", "mindestens", "не менее"]),
        ("about", ["about", "around", "approximately", "roughly", "some", "kurang lebih", "sekitar", "rund", "etwa", "ungefähr", "около", "примерно"]),
        ("nearly", ["nearly", "almost", "hampir", "fast", "почти"]),
        ("up to", ["up to", "less than", "under", "hingga", "bis zu", "weniger als", "менее", "до"]),
    ];

    private static readonly Regex QualifiedNumber = new(
        @"(?<!\w)(?<q>" + string.Join('|', Qualifiers.SelectMany(q => q.Phrases).OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")\s+(?<n>\d[\d.,\u00A0 ]*\d|\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The value with the qualifier the first text that qualifies it gives (a claim passes its
    /// translation, then its quote); exact when none does.
    /// </summary>
    public static StatedValue Read(double value, params string?[] texts)
    {
        var digits = Math.Round(value).ToString(CultureInfo.InvariantCulture);
        foreach (var text in texts.Where(t => !string.IsNullOrEmpty(t)))
        {
            foreach (Match match in QualifiedNumber.Matches(text!))
            {
                if (DigitsOf().Replace(match.Groups["n"].Value, string.Empty) == digits)
                {
                    var phrase = match.Groups["q"].Value.ToLowerInvariant();
                    return Qualified(value, Qualifiers.First(q => q.Phrases.Contains(phrase)).Qualifier);
                }
            }
        }

        return Qualified(value, "exact");
    }

    /// <summary>Whether the statement allows some value in [low, high].</summary>
    public bool Overlaps(double low, double high) => Low <= high && High >= low;

    private static StatedValue Qualified(double value, string qualifier) => qualifier switch
    {
        "more than" or "at least" => new(value, qualifier, value, double.PositiveInfinity),
        "about" => new(value, qualifier, value * (1 - Vagueness), value * (1 + Vagueness)),
        "nearly" => new(value, qualifier, value * (1 - Vagueness), value),
        "up to" => new(value, qualifier, 0, value),
        _ => new(value, qualifier, value, value),
    };

    [GeneratedRegex(@"\D")]
    private static partial Regex DigitsOf();
}
