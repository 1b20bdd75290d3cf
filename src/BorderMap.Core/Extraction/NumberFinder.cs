using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Finds counted quantities in a sentence: a number followed by a unit word (soldiers, reservists,
/// refugees, kilometres), possibly with a multiplier word ("20 ribu", "20 thousand", "20 тысяч").
/// A '.', ',' or space followed by exactly three digits is a thousands separator ("1.037" and
/// "20.000" in Indonesian and German, "1,037" in English, "20 000" in Russian), except that English
/// uses '.' only for decimals. Kilometres in a sentence about a border become <c>borderKm</c>.
/// </summary>
public static partial class NumberFinder
{
    private static readonly (string Key, string[] Words)[] Units =
    [
        ("reservists", ["tentara cadangan", "pasukan cadangan", "cadangan", "reservist", "reservisten", "резервист", "запасник"]),
        ("soldiers", ["tentara", "prajurit", "pasukan", "personel", "soldier", "troops", "servicemen", "soldaten", "soldat", "militär", "солдат", "военнослужащ", "бойц", "سرباز", "نظامی"]),
        ("refugees", ["pengungsi", "refugee", "flüchtling", "беженц", "پناهجو"]),
        ("km", ["kilometer", "kilometre", "km", "километр", "км", "کیلومتر"]),
    ];

    private static readonly (string[] Words, double Factor)[] Multipliers =
    [
        (["ribu", "thousand", "tausend", "тысяч", "тыс", "هزار"], 1_000),
        (["juta", "million", "millionen", "миллион", "млн", "میلیون"], 1_000_000),
    ];

    private static readonly string[] BorderWords = ["perbatasan", "border", "grenze", "границ", "مرز"];

    public static Dictionary<string, double> Find(string sentence, string? language)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        var lower = sentence.ToLowerInvariant();
        foreach (Match match in Number().Matches(sentence))
        {
            var value = Parse(match.Groups["n"].Value, language);
            var rest = lower[(match.Index + match.Length)..].TrimStart(' ', '\u00A0', '-');
            foreach (var (words, factor) in Multipliers)
            {
                if (words.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal)) is { } word)
                {
                    value *= factor;
                    rest = rest[word.Length..].TrimStart();
                }
            }

            if (Units.FirstOrDefault(u => u.Words.Any(w => rest.StartsWith(w, StringComparison.Ordinal))) is { Key: not null } unit && value > 0)
            {
                var key = unit.Key == "km" && BorderWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? "borderKm" : unit.Key;
                numbers.TryAdd(key, value);
            }
        }

        return numbers;
    }

    private static double Parse(string text, string? language)
    {
        var decimalMark = language == "en" ? '.' : ',';
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var groupOfThree = i + 4 <= text.Length && text.Skip(i + 1).Take(3).All(char.IsDigit) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]));
            if (char.IsDigit(c))
            {
                digits.Append(c);
            }
            else if (c == decimalMark || (c is '.' or ',' && !groupOfThree))
            {
                digits.Append('.');
            }
        }

        return double.TryParse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    // Digits with optional thousands groups (. , space or no-break space) and decimals, not inside a longer word; a hyphenated unit ("1,344-kilometre") may follow.
    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:[.,\u00A0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\w)")]
    private static partial Regex Number();
}
